package org.geobrief.security.internal;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Refuses to start a shared server without users or with a default database password, before anything listens or
 * connects (registered in {@code META-INF/spring.factories}).
 */
public final class DeploymentCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String refusal = Deployment.refusal(event.getEnvironment());
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
    }
}
