package org.geobrief.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ImportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On the first start (no article stored) imports the sample documents bundled under {@code seeds/}, in the
 * background, so that a fresh install shows a map with events. Off with {@code geobrief.import.seed-on-first-start=false}.
 */
@Component
class SeedImport {

    private static final Logger LOG = LoggerFactory.getLogger(SeedImport.class);

    private final ArticleImport importer;
    private final ArticleLibrary library;
    private final boolean enabled;

    SeedImport(
            ArticleImport importer,
            ArticleLibrary library,
            @Value("${geobrief.import.seed-on-first-start:true}") boolean enabled) {
        this.importer = importer;
        this.library = library;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void importSeedsIntoEmptyDatabase() throws IOException {
        if (!enabled || library.count() > 0) {
            return;
        }
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath:seeds/*.txt");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        for (Resource seed : seeds) {
            byte[] bytes;
            try (InputStream in = seed.getInputStream()) {
                bytes = in.readAllBytes();
            }
            importer.startBytes(seed.getFilename(), bytes, ImportOptions.defaults())
                    .result()
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            LOG.warn("Sample document {} not imported: {}", seed.getFilename(), e.getMessage());
                        } else {
                            LOG.info("Sample document {}: {}", seed.getFilename(), String.join(" ", r.messages()));
                        }
                    });
        }
    }
}
