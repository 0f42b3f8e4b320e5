package org.geobrief.ingest.internal;

import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The storage beans: the plain-Java {@link EventCatalog} and the import's storage, on Spring Boot's DataSource. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    EventCatalog eventCatalog(DataSource dataSource) {
        return new EventCatalog(dataSource);
    }

    @Bean
    IngestStorage ingestStorage(DataSource dataSource, EventCatalog events) {
        return new IngestStorage(dataSource, events);
    }
}
