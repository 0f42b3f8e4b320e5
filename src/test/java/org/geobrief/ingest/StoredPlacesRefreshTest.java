package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.ingest.internal.IngestStorage;
import org.geobrief.ingest.internal.IngestStorage.PlacesRefreshed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places stored by an earlier gazetteer take the current entry's name and point, once per gazetteer version. */
class StoredPlacesRefreshTest {

    /** Paris, France as a later gazetteer has it: another name and another point under the same id. */
    static final Place PARIS_NOW = new Place(
            WordListAnalyser.PARIS_FR.geonameId(),
            "Paris (renamed)",
            "P",
            "PPLC",
            "FR",
            "11",
            "Île-de-France",
            2_138_551,
            new GeoPoint(48.8566, 2.3522));

    @TempDir
    Path dataDir;

    IngestStorage storage;
    EventCatalog events;
    ArticleImport importer;
    ArticleLibrary library;
    WordListAnalyser analyser = new WordListAnalyser();

    @BeforeEach
    void open() {
        events = new EventCatalog(IngestStorage.openH2(dataDir));
        storage = new IngestStorage(IngestStorage.openH2(dataDir), events);
        importer = new ArticleImport(storage, analyser, 50L << 20);
        library = new ArticleLibrary(storage, analyser);
    }

    @AfterEach
    void close() {
        importer.close();
    }

    static Optional<Place> laterGazetteer(long id) {
        return id == PARIS_NOW.geonameId() ? Optional.of(PARIS_NOW) : Optional.empty();
    }

    @Test
    void stored_events_and_mentions_take_the_current_name_and_point_once_per_version() {
        String id = importer.importText(
                        ArticleLibraryTest.PARIS, ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)))
                .added()
                .get(0)
                .id();
        assertThat(events.find(EventQuery.all())).extracting(GeoEvent::place).containsOnly(WordListAnalyser.PARIS_FR);

        Optional<PlacesRefreshed> first = storage.refreshPlaces("v2", StoredPlacesRefreshTest::laterGazetteer);

        assertThat(first).hasValueSatisfying(r -> {
            assertThat(r.events()).isEqualTo(1);
            assertThat(r.mentions()).isEqualTo(3); // the headline's and the two in the body
        });
        assertThat(events.find(EventQuery.all())).extracting(GeoEvent::place).containsOnly(PARIS_NOW);
        assertThat(library.article(id).orElseThrow().mentions()).allSatisfy(m -> {
            assertThat(m.place()).isEqualTo(PARIS_NOW);
            assertThat(m.candidates()).extracting(c -> c.place().geonameId()).contains(PARIS_NOW.geonameId());
            assertThat(m.candidates())
                    .filteredOn(c -> c.place().geonameId() == PARIS_NOW.geonameId())
                    .allSatisfy(c -> assertThat(c.place()).isEqualTo(PARIS_NOW));
        });
        // the same version again: nothing to do, nothing read
        assertThat(storage.refreshPlaces("v2", i -> {
                    throw new AssertionError("the gazetteer must not be asked again");
                }))
                .isEmpty();
    }

    @Test
    void a_place_the_gazetteer_no_longer_knows_is_left_as_stored() {
        importer.importText(ArticleLibraryTest.PARIS, ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)));

        assertThat(storage.refreshPlaces("v3", i -> Optional.empty())).hasValue(new PlacesRefreshed(0, 0));
        assertThat(events.find(EventQuery.all())).extracting(GeoEvent::place).containsOnly(WordListAnalyser.PARIS_FR);
    }
}
