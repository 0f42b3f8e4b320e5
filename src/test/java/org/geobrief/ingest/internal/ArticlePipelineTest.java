package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.Correction;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and correction with the real pipeline: the bundled gazetteer, the geoparser and the event extractor. */
class ArticlePipelineTest {

    @TempDir
    Path dataDir;

    @Test
    void correcting_a_place_moves_its_events_and_undo_moves_them_back() throws Exception {
        var ds = IngestStorage.openH2(dataDir);
        EventCatalog events = new EventCatalog(ds);
        IngestStorage storage = new IngestStorage(ds, events);
        ArticlePipeline analyser = ArticlePipeline.bundled();
        ArticleLibrary library = new ArticleLibrary(storage, analyser);
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seeds/kazakhstan-csto-2022-01-05.txt")) {
            seed = in.readAllBytes();
        }
        String id;
        try (ArticleImport importer = new ArticleImport(storage, analyser, 1 << 20)) {
            id = importer.importBytes("kazakhstan-csto-2022-01-05.txt", seed, ImportOptions.defaults())
                    .added()
                    .get(0)
                    .id();
        }
        StoredArticle before = library.article(id).orElseThrow();
        ResolvedMention almaty = before.mentions().stream()
                .filter(m -> m.mention().text().equals("Almaty") && m.isResolved())
                .findFirst()
                .orElseThrow();
        long almatyId = almaty.place().geonameId();
        assertThat(almaty.place().countryCode()).isEqualTo("KZ");
        assertThat(eventsAt(events, almatyId)).as("events in Almaty before").isNotEmpty();
        Place atyrau = Gazetteer.bundled().candidates("Atyrau").stream()
                .filter(p -> p.countryCode().equals("KZ") && p.isPopulatedPlace())
                .findFirst()
                .orElseThrow();

        Correction k = library.correct(id, almaty.mention().span(), atyrau.geonameId());

        StoredArticle after = library.article(id).orElseThrow();
        assertThat(after.mentions())
                .filteredOn(m -> m.mention().text().equals("Almaty"))
                .allSatisfy(m -> assertThat(m.place().geonameId()).isEqualTo(atyrau.geonameId()));
        assertThat(eventsAt(events, almatyId))
                .as("events in Almaty after the correction")
                .isEmpty();
        assertThat(eventsAt(events, atyrau.geonameId())).isNotEmpty();

        library.undo(k.id());
        assertThat(eventsAt(events, almatyId))
                .hasSameSizeAs(before.events().stream()
                        .filter(e -> e.place().geonameId() == almatyId)
                        .toList());
        assertThat(library.article(id).orElseThrow().mentions()).isEqualTo(before.mentions());
    }

    static java.util.List<GeoEvent> eventsAt(EventCatalog events, long placeId) {
        return events.find(EventQuery.all().withPlaceIds(Set.of(placeId)));
    }
}
