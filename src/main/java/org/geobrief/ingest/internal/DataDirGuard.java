package org.geobrief.ingest.internal;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The web app's hold on its data directory: before any bean opens the embedded database it takes the directory's
 * {@link DataDirLock} (so that a second GeoBrief, web app or command line, is told who holds it) and keeps it until the
 * process ends; once started, it makes the database files owner-only. Registered in {@code META-INF/spring.factories}
 * because it must run before the context exists. Does nothing for a database that is not an embedded H2 file.
 */
public final class DataDirGuard implements ApplicationListener<ApplicationEvent> {

    private DataDirLock lock;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && lock == null) {
            Environment env = prepared.getEnvironment();
            String url = env.getProperty("spring.datasource.url", "");
            String dir = env.getProperty("geobrief.data-dir");
            if (url.startsWith("jdbc:h2:file:") && dir != null) {
                lock = DataDirLock.acquire(Path.of(dir));
            }
        } else if (event instanceof ApplicationReadyEvent && lock != null) {
            lock.restrictFiles();
        }
    }
}
