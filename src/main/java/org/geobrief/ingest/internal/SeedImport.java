package org.geobrief.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ImportJob;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.SampleImports;
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
class SeedImport implements SampleImports {

    private static final Logger LOG = LoggerFactory.getLogger(SeedImport.class);

    private final ArticleImport importer;
    private final ArticleLibrary library;
    private final boolean enabled;
    private final List<ImportJob> jobs = new CopyOnWriteArrayList<>();

    SeedImport(
            ArticleImport importer,
            ArticleLibrary library,
            @Value("${geobrief.import.seed-on-first-start:true}") boolean enabled) {
        this.importer = importer;
        this.library = library;
        this.enabled = enabled;
    }

    @Override
    public List<ImportJob> jobs() {
        return List.copyOf(jobs);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void importSeedsIntoEmptyDatabase() throws IOException {
        if (!enabled || library.count() > 0) {
            return;
        }
        Map<String, Resource> seeds = new TreeMap<>(); // by name: test classpaths may hold a second copy
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:seeds/*.txt")) {
            seeds.putIfAbsent(r.getFilename(), r);
        }
        LOG.info("Empty database: importing the {} sample documents", seeds.size());
        for (Resource seed : seeds.values()) {
            byte[] bytes;
            try (InputStream in = seed.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ImportJob job = importer.startBytes(seed.getFilename(), bytes, ImportOptions.defaults());
            jobs.add(job);
            job.result().whenComplete((r, e) -> {
                if (e != null) {
                    LOG.warn("Sample document {} not imported: {}", seed.getFilename(), e.getMessage());
                } else {
                    LOG.info("Sample document {}: {}", seed.getFilename(), String.join(" ", r.messages()));
                }
            });
        }
    }
}
