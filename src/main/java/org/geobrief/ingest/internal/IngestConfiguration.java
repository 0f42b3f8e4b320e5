package org.geobrief.ingest.internal;

import javax.sql.DataSource;
import org.geobrief.events.EventCatalog;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.ArticlePipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import's beans: the plain-Java {@link EventCatalog}, the analysis pipeline and the storage, on Spring Boot's DataSource. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    EventCatalog eventCatalog(DataSource dataSource) {
        return new EventCatalog(dataSource, ArticleStore::named);
    }

    /** The geoparser and event extractor over the bundled gazetteer (tests may declare a @Primary one). */
    @Bean
    ArticleAnalyser articleAnalyser() {
        return ArticlePipeline.bundled();
    }

    @Bean
    IngestStorage ingestStorage(DataSource dataSource, EventCatalog events) {
        return new IngestStorage(dataSource, events);
    }
}
