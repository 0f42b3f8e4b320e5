package org.geobrief.security.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.geobrief.map.ui.DashboardData;
import org.geobrief.security.Access;
import org.geobrief.security.AuditLog;
import org.geobrief.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts roles, the audit log and per-user import queues in front of the dashboard's facade, so that the views and the
 * facade stay as they were: a correction or an import needs an analyst (whatever the browser shows), each one is
 * recorded with its user, and each user's imports wait in their own queue of at most {@value #MAX_QUEUED} — one
 * user's huge import delays that user's next one, not another user's.
 */
@Component
class GuardedDashboard implements BeanPostProcessor {

    static final int MAX_QUEUED = 3;

    private final ObjectProvider<AuditLog> audit;
    private final Map<String, UserQueue> queues = new HashMap<>();

    GuardedDashboard(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DashboardData data)) {
            return bean;
        }
        InvocationHandler guard = (proxy, method, args) -> switch (method.getName()) {
            case "correct" -> {
                Access.require(Role.ANALYST, "correct a place");
                Object done = call(data, method, args);
                audit.getObject()
                        .record(
                                "correct",
                                "article " + args[0] + ", mention " + args[1] + " -> " + describe(args[2])
                                        + ((Boolean) args[3] ? " (everywhere in the document)" : ""));
                yield done;
            }
            case "undo" -> {
                Access.require(Role.ANALYST, "undo a correction");
                Object done = call(data, method, args);
                audit.getObject().record("undo", String.valueOf(args[0]));
                yield done;
            }
            case "importText", "importFile" -> {
                Access.require(Role.ANALYST, "import articles");
                String what = method.getName().equals("importText")
                        ? "pasted text, " + ((String) args[0]).length() + " characters"
                        : args[0] + ", " + ((byte[]) args[1]).length + " bytes";
                String user = Access.currentUser(); // the queue's thread has no request
                yield queue(user).submit(() -> {
                    audit.getObject().record(user, "import", what);
                    return (DashboardData.ImportJob) call(data, method, args);
                });
            }
            default -> {
                if (method.getName().startsWith("delete")) {
                    Access.require(Role.ANALYST, "delete");
                    Object done = call(data, method, args);
                    audit.getObject().record("delete", java.util.Arrays.toString(args));
                    yield done;
                }
                yield call(data, method, args);
            }
        };
        return Proxy.newProxyInstance(
                DashboardData.class.getClassLoader(),
                bean.getClass().getInterfaces().length > 0
                        ? bean.getClass().getInterfaces()
                        : new Class<?>[] {DashboardData.class},
                guard);
    }

    private static String describe(Object place) {
        return place instanceof org.geobrief.gazetteer.Place p ? p.name() + " (" + p.geonameId() + ")" : "" + place;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private synchronized UserQueue queue(String user) {
        return queues.computeIfAbsent(user, u -> new UserQueue());
    }

    /** One user's imports, started one after another. */
    static final class UserQueue {
        private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "geobrief-import-queue");
            t.setDaemon(true);
            return t;
        });
        private final AtomicInteger waiting = new AtomicInteger();

        interface Start {
            DashboardData.ImportJob start() throws Throwable;
        }

        DashboardData.ImportJob submit(Start start) {
            if (waiting.incrementAndGet() > MAX_QUEUED) {
                waiting.decrementAndGet();
                return new Refused("You have " + MAX_QUEUED + " imports waiting or running; wait until one ends.");
            }
            Queued job = new Queued();
            starter.submit(() -> {
                try {
                    if (!job.cancelled) {
                        job.started = start.start();
                        while (!job.started.isDone()) {
                            Thread.sleep(200);
                        }
                    }
                } catch (Throwable e) {
                    job.error = e.getMessage() == null ? e.toString() : e.getMessage();
                } finally {
                    waiting.decrementAndGet();
                }
                return null;
            });
            return job;
        }
    }

    /** An import waiting for the user's earlier ones, then the running import itself. */
    static final class Queued implements DashboardData.ImportJob {
        volatile DashboardData.ImportJob started;
        volatile String error;
        volatile boolean cancelled;

        public double progress() {
            return started == null ? 0 : started.progress();
        }

        public boolean isDone() {
            return error != null || cancelled || (started != null && started.isDone());
        }

        public String message() {
            if (error != null) {
                return error;
            }
            if (cancelled && started == null) {
                return "Cancelled.";
            }
            return started == null ? "Waiting for your earlier import to end…" : started.message();
        }

        public boolean failed() {
            return error != null || (cancelled && started == null) || (started != null && started.failed());
        }

        public void cancel() {
            cancelled = true;
            if (started != null) {
                started.cancel();
            }
        }
    }

    /** An import refused before it started. */
    record Refused(String message) implements DashboardData.ImportJob {
        public double progress() {
            return 0;
        }

        public boolean isDone() {
            return true;
        }

        public boolean failed() {
            return true;
        }

        public void cancel() {}
    }
}
