package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.geobrief.events.EventCatalog;
import org.geobrief.geoparse.HomeRegions;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleImport;
import org.geobrief.ingest.ArticleLibrary;
import org.geobrief.ingest.ArticlePipeline;
import org.geobrief.ingest.ImportOptions;
import org.geobrief.ingest.StoredArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import learns an outlet's home regions across its articles with the real pipeline: two stored Connecticut
 * articles of the Middletown Press in, the third article's "CLINTON —" out as Clinton, Connecticut, also when a
 * re-dating analyses it again.
 */
class OutletRegionsImportTest {

    static final String CONNECTICUT_1 = "School budget passes\n\n"
            + "Voters in Old Saybrook, Conn., and Madison, Conn., approved the school budget on Tuesday.";
    static final String CONNECTICUT_2 = "Roads closed\n\n"
            + "Flooding closed roads in Guilford, Conn., on Friday. Crews in Branford, Conn., cleared trees.";
    static final String CLINTON = "Power out\n\nCLINTON — A network of Shoreline customers lost power on Tuesday,"
            + " the utility said from its office in New Haven.";

    @TempDir
    Path dataDir;

    IngestStorage storage;
    ArticleImport importer;
    ArticleLibrary library;

    @BeforeEach
    void open() {
        var ds = IngestStorage.openH2(dataDir);
        storage = new IngestStorage(ds, new EventCatalog(ds));
        importer = new ArticleImport(storage, ArticlePipeline.bundled(), 1 << 20);
        library = new ArticleLibrary(storage, ArticlePipeline.bundled());
    }

    @AfterEach
    void close() {
        importer.close();
    }

    private String store(String text, String outlet) {
        ImportOptions options =
                ImportOptions.defaults().withPublished(LocalDate.of(2009, 6, 2)).withMetadata(null, outlet, null, null);
        return importer.importText(text, options).added().get(0).id();
    }

    private String clintonOf(String articleId) {
        StoredArticle a = library.article(articleId).orElseThrow();
        ResolvedMention m = a.mentions().stream()
                .filter(x -> x.mention().text().equals("CLINTON"))
                .findFirst()
                .orElseThrow();
        return m.place().name() + ", " + m.place().admin1Name();
    }

    @Test
    void the_import_learns_across_articles_of_one_outlet() throws Exception {
        store(CONNECTICUT_1, "The Middletown Press");
        store(CONNECTICUT_2, "Middletown Press");
        String clinton = store(CLINTON, "Middletown Press");

        assertThat(clintonOf(clinton)).isEqualTo("Clinton, Connecticut");
        Article stored = library.article(clinton).orElseThrow().article();
        try (var c = storage.dataSource().getConnection()) {
            assertThat(storage.homeRegions(c, stored)).isEqualTo(new HomeRegions(java.util.Map.of("US.CT", 1.0)));
        }

        // re-dating analyses it again with the same prior
        library.changePublished(clinton, LocalDate.of(2009, 6, 3));
        assertThat(clintonOf(clinton)).isEqualTo("Clinton, Connecticut");
    }

    @Test
    void an_article_of_another_outlet_learns_nothing_from_them() {
        store(CONNECTICUT_1, "Middletown Press");
        store(CONNECTICUT_2, "Middletown Press");
        String clinton = store(CLINTON, "Skagit Valley Herald");

        assertThat(clintonOf(clinton)).isEqualTo("Clinton, Washington");
    }

    @Test
    void the_prior_is_read_from_a_bounded_sample_of_the_outlets_articles_the_first_by_id() throws Exception {
        String ct = store(CONNECTICUT_1, "Middletown Press");
        String wa = store(
                "School budget passes\n\nVoters in Olympia, Wash., and Tacoma, Wash., approved the budget on Tuesday.",
                "Middletown Press");
        String clinton = store(CLINTON, "Middletown Press");
        try (var c = storage.dataSource().getConnection()) {
            assertThat(OutletRegionCounts.prior(c, "middletown press", clinton, 400))
                    .isEqualTo(new HomeRegions(java.util.Map.of("US.CT", 0.5, "US.WA", 0.5)));
            assertThat(OutletRegionCounts.prior(c, "middletown press", clinton, 1))
                    .isEqualTo(new HomeRegions(java.util.Map.of(ct.compareTo(wa) < 0 ? "US.CT" : "US.WA", 1.0)));
        }
    }

    @Test
    void an_article_moved_to_another_outlet_teaches_that_outlet() throws Exception {
        String ct = store(CONNECTICUT_1, "Hartford Courant");
        String clinton = store(CLINTON, "Middletown Press");
        try (var c = storage.dataSource().getConnection()) {
            assertThat(OutletRegionCounts.prior(c, "middletown press", clinton)).isEqualTo(HomeRegions.NONE);
        }
        library.changeOutlet(ct, "Middletown Press");
        try (var c = storage.dataSource().getConnection()) {
            assertThat(OutletRegionCounts.prior(c, "middletown press", clinton))
                    .isEqualTo(new HomeRegions(java.util.Map.of("US.CT", 1.0)));
            assertThat(OutletRegionCounts.prior(c, "hartford courant", clinton)).isEqualTo(HomeRegions.NONE);
        }
    }
}
