package org.geobrief.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The time one file's analysis may take: CPU seconds of the analysing thread, so that a machine shared with other
 * work does not refuse a file that a quiet one accepts, and a wall-clock hang guard of four times as long (an analysis
 * waiting on something that uses no CPU). Where the JVM cannot measure thread CPU time, the limit is wall-clock time.
 */
final class AnalysisBudget {

    static final long POLL_MILLIS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private final long cpuLimitNanos;
    private final long wallDeadline;
    private long cpuSpent;

    AnalysisBudget(Duration limit) {
        this.cpuLimitNanos = limit.toNanos();
        long guard = CPU ? Math.multiplyExact(4, limit.toNanos()) : limit.toNanos();
        this.wallDeadline = System.nanoTime() + guard;
    }

    /** CPU time the file's finished analyses used. */
    long cpuSpent() {
        return cpuSpent;
    }

    void spend(long cpuNanos) {
        cpuSpent += Math.max(0, cpuNanos);
    }

    /** Whether {@code cpuNanos} used so far (finished and running analyses) or the wall clock has passed the limit. */
    boolean exhausted(long cpuNanos) {
        return (CPU && cpuNanos > cpuLimitNanos) || System.nanoTime() > wallDeadline;
    }

    /** "85 of 300 CPU-s used" ({@code cpuNanos} used so far), or the wall-clock equivalent where CPU is not measured. */
    String describeUse(long cpuNanos) {
        if (!CPU) {
            long left = Math.max(0, wallDeadline - System.nanoTime());
            return (left / 1_000_000_000L) + " s left of the analysis time limit";
        }
        return (cpuNanos / 1_000_000_000L) + " of " + (cpuLimitNanos / 1_000_000_000L)
                + " CPU-s of the time limit used";
    }

    static long currentThreadCpu() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    static long threadCpu(long threadId) {
        return CPU ? Math.max(0, THREADS.getThreadCpuTime(threadId)) : 0;
    }
}
