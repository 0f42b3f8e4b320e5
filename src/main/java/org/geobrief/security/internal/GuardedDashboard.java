package org.geobrief.security.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.geobrief.map.ui.DashboardData;
import org.geobrief.map.ui.ImportOutcome;
import org.geobrief.security.Access;
import org.geobrief.security.AuditLog;
import org.geobrief.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Puts roles, the audit log and per-user import queues in front of the dashboard's facade, so that the views and the
 * facade stay as they were: a correction or an import needs an analyst (whatever the browser shows), each one is
 * recorded with its user, and each user's imports wait in their own queue of at most {@value #MAX_QUEUED} — one
 * user's huge import delays that user's next one, not another user's.
 */
@Component
class GuardedDashboard implements BeanPostProcessor {

    /**
     * Imports one user may have waiting or running. Each file dropped in the dialog is an import of its own, so this
     * must hold a folder's worth of files: at 3, dropping 7 files refused 4 of them ("wait until one ends", found in
     * the browser walkthrough). They run one after another anyway; the bound keeps one user from queueing without end.
     */
    static final int MAX_QUEUED = 100;

    /** The facade's other changes (method → what the refusal names), each recorded in the audit log. */
    static final Map<String, String> CHANGES = Map.of(
            "undo", "undo a correction",
            "delete", "delete an article",
            "restore", "restore a deleted article",
            "changePublished", "change a publication date",
            "changeOutlet", "change an article's outlet",
            "reanalyse", "analyse an article again");

    private final ObjectProvider<AuditLog> audit;
    private final boolean loginRequired;
    private final Map<String, UserQueue> queues = new HashMap<>();

    @Autowired
    GuardedDashboard(ObjectProvider<AuditLog> audit, Environment env) {
        this(audit, Deployment.of(env).loginRequired());
    }

    /** {@code loginRequired} false: the single-user default, where the local user (any thread) may do everything. */
    GuardedDashboard(ObjectProvider<AuditLog> audit, boolean loginRequired) {
        this.audit = audit;
        this.loginRequired = loginRequired;
    }

    private boolean may(Role role) {
        return !loginRequired || Access.has(role);
    }

    private void require(Role role, String what) {
        if (loginRequired) {
            Access.require(role, what);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DashboardData data)) {
            return bean;
        }
        InvocationHandler guard = (proxy, method, args) -> switch (method.getName()) {
            case "mayChange" -> may(Role.ANALYST);
            case "correct" -> {
                require(Role.ANALYST, "correct a place");
                Object done = call(data, method, args);
                audit.getObject()
                        .record(
                                "correct",
                                "article " + args[0] + ", mention " + args[1] + " -> " + describe(args[2])
                                        + ((Boolean) args[3] ? " (everywhere in the document)" : ""));
                yield done;
            }
            case "importText", "importFile" -> {
                require(Role.ANALYST, "import articles");
                String what = method.getName().equals("importText")
                        ? "pasted text, " + ((String) args[0]).length() + " characters"
                        : args[0] + ", " + ((byte[]) args[1]).length + " bytes";
                String user = Access.currentUser(); // the queue's thread has no request
                DashboardData.ImportJob job = queue(user).submit(() -> {
                    audit.getObject().record(user, "import", what);
                    return (DashboardData.ImportJob) call(data, method, args);
                });
                if (job instanceof Refused r) {
                    // told in "Recent imports" like the importer's own refusals, for every tab and a reload
                    data.logRefusedImport(
                            method.getName().equals("importText") ? "Pasted text" : (String) args[0], r.message());
                }
                yield job;
            }
            default -> {
                String change = CHANGES.get(method.getName());
                if (change == null) {
                    yield call(data, method, args);
                }
                require(Role.ANALYST, change);
                Object done = call(data, method, args);
                audit.getObject().record(method.getName(), describeArgs(args));
                yield done;
            }
        };
        return Proxy.newProxyInstance(
                DashboardData.class.getClassLoader(),
                bean.getClass().getInterfaces().length > 0
                        ? bean.getClass().getInterfaces()
                        : new Class<?>[] {DashboardData.class},
                guard);
    }

    private static String describeArgs(Object[] args) {
        return args == null
                ? ""
                : java.util.Arrays.stream(args)
                        .map(a -> a instanceof org.geobrief.ingest.DeletedArticle d
                                ? "article " + d.article().id()
                                : String.valueOf(a))
                        .collect(java.util.stream.Collectors.joining(", "));
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
                        job.begin(start.start());
                        while (!job.started.isDone()) {
                            Thread.sleep(200);
                        }
                    }
                } catch (Throwable e) {
                    job.error = e.getMessage() == null ? e.toString() : e.getMessage();
                    job.changed();
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
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        /** The import starts: the dialog's listeners follow it from now on. */
        void begin(DashboardData.ImportJob job) {
            started = job;
            listeners.forEach(job::onChange);
            changed();
        }

        void changed() {
            listeners.forEach(Runnable::run);
        }

        @Override
        public void onChange(Runnable listener) {
            listeners.add(listener);
            DashboardData.ImportJob s = started;
            if (s != null) {
                s.onChange(listener); // at worst twice with begin(): one more refresh
            }
        }

        @Override
        public Optional<ImportOutcome> outcome() {
            DashboardData.ImportJob s = started;
            return s == null ? Optional.empty() : s.outcome();
        }

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
            } else {
                changed();
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
