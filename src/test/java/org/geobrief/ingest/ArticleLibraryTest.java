package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventCatalog;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
import org.geobrief.ingest.internal.ArticleStore;
import org.geobrief.ingest.internal.IngestStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLibraryTest {

    static final String PARIS = "Rally in Paris\n\nProtesters marched in Paris on Sunday. Paris police counted them.";
    static final String DIGEST = "Rally in Paris\n\nProtesters marched in Paris on Sunday.\n\n---\n\n"
            + "Second Rally in Paris\n\nMore protesters gathered in Paris on Monday.";

    @TempDir
    Path dataDir;

    WordListAnalyser analyser = new WordListAnalyser();
    ArticleImport importer;
    ArticleLibrary library;
    EventCatalog events;

    @BeforeEach
    void open() {
        events = new EventCatalog(IngestStorage.openH2(dataDir));
        IngestStorage storage = new IngestStorage(IngestStorage.openH2(dataDir), events);
        importer = new ArticleImport(storage, analyser, 50L << 20);
        library = new ArticleLibrary(storage, analyser);
    }

    @AfterEach
    void close() {
        importer.close();
    }

    String importOne(String text) {
        return importer.importText(text, ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)))
                .added()
                .get(0)
                .id();
    }

    static TextSpan spanOf(String text, String surface, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(surface, at + 1);
        }
        return TextSpan.ofChars(text, at, at + surface.length());
    }

    @Test
    void pasted_text_without_an_outlet_is_one_source_named_pasted_text_and_old_links_by_title_still_match() {
        importOne(PARIS);
        EventCatalog named = new EventCatalog(IngestStorage.openH2(dataDir), ArticleStore::named);
        ArticleSummary article = library.articles().get(0);
        assertThat(article.shownSource()).isEqualTo("Pasted text");
        assertThat(article.sourceNames()).contains("Pasted text", "pasted", "Rally in Paris");

        assertThat(named.find(EventQuery.all().withSources(Set.of("Pasted text"))))
                .isNotEmpty()
                .hasSameSizeAs(named.find(EventQuery.all().withSources(Set.of(article.source()))))
                .hasSameSizeAs(named.find(EventQuery.all().withSources(Set.of("Rally in Paris"))));
        assertThat(named.find(EventQuery.all().withSources(Set.of("Rally in Rome"))))
                .isEmpty();
    }

    @Test
    void correction_moves_the_mention_and_its_events_and_undo_moves_them_back() {
        String id = importOne(PARIS);
        assertThat(events.find(EventQuery.all())).singleElement().satisfies(e -> assertThat(e.place())
                .isEqualTo(WordListAnalyser.PARIS_FR));
        String text = library.article(id).orElseThrow().article().text();
        TextSpan second = spanOf(text, "Paris", 1);

        Correction k = library.correct(id, second, WordListAnalyser.PARIS_TX.geonameId());

        StoredArticle after = library.article(id).orElseThrow();
        assertThat(after.mentions())
                .filteredOn(m -> m.mention().span().equals(second))
                .singleElement()
                .satisfies(m -> assertThat(m.place()).isEqualTo(WordListAnalyser.PARIS_TX));
        assertThat(after.mentions())
                .filteredOn(m -> !m.mention().span().equals(second))
                .allSatisfy(m -> assertThat(m.place()).isEqualTo(WordListAnalyser.PARIS_FR));
        assertThat(events.find(EventQuery.all()))
                .singleElement()
                .extracting(GeoEvent::place)
                .isEqualTo(WordListAnalyser.PARIS_TX);
        assertThat(after.corrections()).containsExactly(k);
        assertThat(k.surface()).isEqualTo("Paris");

        assertThat(library.undo(k.id())).isTrue();
        assertThat(library.undo(k.id())).as("already undone").isFalse();
        assertThat(events.find(EventQuery.all()))
                .singleElement()
                .extracting(GeoEvent::place)
                .isEqualTo(WordListAnalyser.PARIS_FR);
        assertThat(library.article(id).orElseThrow().corrections())
                .singleElement()
                .satisfies(c -> assertThat(c.undone()).isTrue());
    }

    @Test
    void document_wide_correction_applies_to_every_article_of_the_source() {
        var result = importer.importText(DIGEST, ImportOptions.defaults().withPublished(LocalDate.of(2023, 3, 5)));
        assertThat(result.added()).hasSize(2);
        String first = result.added().get(0).id();
        String text = result.added().get(0).text();

        library.correctEverywhere(first, spanOf(text, "Paris", 0), WordListAnalyser.PARIS_TX.geonameId());

        assertThat(events.find(EventQuery.all())).isNotEmpty().allSatisfy(e -> assertThat(e.place())
                .isEqualTo(WordListAnalyser.PARIS_TX));
        for (var a : result.added()) {
            assertThat(library.article(a.id()).orElseThrow().mentions())
                    .allSatisfy(m -> assertThat(m.place()).isEqualTo(WordListAnalyser.PARIS_TX));
        }
    }

    @Test
    void correction_to_an_unknown_place_or_span_changes_nothing() {
        String id = importOne(PARIS);
        String text = library.article(id).orElseThrow().article().text();
        assertThatThrownBy(() -> library.correct(id, spanOf(text, "Paris", 0), 999L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown");
        assertThatThrownBy(() -> library.correct(id, new TextSpan(0, 3), WordListAnalyser.PARIS_TX.geonameId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no place name at");
        StoredArticle a = library.article(id).orElseThrow();
        assertThat(a.corrections()).isEmpty();
        assertThat(a.mentions()).allSatisfy(m -> assertThat(m.place()).isEqualTo(WordListAnalyser.PARIS_FR));
    }

    @Test
    void delete_removes_the_article_and_events_only_it_reported() {
        String id = importOne(PARIS);
        assertThat(library.delete(id)).isTrue();
        assertThat(library.article(id)).isEmpty();
        assertThat(events.find(EventQuery.all())).isEmpty();
    }

    @Test
    void deleted_article_is_restored_with_its_events_and_corrections() {
        String id = importOne(PARIS);
        String text = library.article(id).orElseThrow().article().text();
        Correction k = library.correct(id, spanOf(text, "Paris", 1), WordListAnalyser.PARIS_TX.geonameId());
        var before = library.article(id).orElseThrow();

        DeletedArticle deleted = library.deleteUndoably(id).orElseThrow();
        assertThat(library.article(id)).isEmpty();
        assertThat(events.find(EventQuery.all())).isEmpty();

        assertThat(library.restore(deleted)).isTrue();
        var after = library.article(id).orElseThrow();
        assertThat(after.article()).isEqualTo(before.article());
        assertThat(after.importedAt()).isEqualTo(before.importedAt());
        assertThat(after.mentions()).isEqualTo(before.mentions());
        assertThat(after.corrections())
                .singleElement()
                .satisfies(c -> assertThat(c.span()).isEqualTo(k.span()))
                .satisfies(c -> assertThat(c.geonameId()).isEqualTo(k.geonameId()));
        assertThat(events.find(EventQuery.all()))
                .singleElement()
                .extracting(GeoEvent::place)
                .isEqualTo(WordListAnalyser.PARIS_TX);
        assertThat(library.restore(deleted)).as("already back").isFalse();
        assertThat(library.deleteUndoably("no-such-id")).isEmpty();
    }

    @Test
    void a_restored_article_keeps_where_its_date_came_from_and_its_edited_outlet() {
        String fromText = importer.importText(
                        "Rally in Paris\nMarch 5, 2023\n\nProtesters marched in Paris.", ImportOptions.defaults())
                .added()
                .get(0)
                .id();
        String byAnalyst = importOne(PARIS);
        library.changePublished(byAnalyst, LocalDate.of(2024, 1, 10));
        library.changeOutlet(byAnalyst, "Le Monde");
        assertThat(library.dateSource(fromText)).hasValue(DateSource.TEXT);

        for (String id : List.of(fromText, byAnalyst)) {
            DateSource before = library.dateSource(id).orElseThrow();
            DeletedArticle deleted = library.deleteUndoably(id).orElseThrow();
            assertThat(library.dateSource(id)).isEmpty();
            assertThat(library.restore(deleted)).isTrue();
            assertThat(library.dateSource(id)).as(id).hasValue(before);
        }
        assertThat(library.dateSource(byAnalyst)).hasValue(DateSource.ANALYST);
        assertThat(library.article(byAnalyst).orElseThrow().article().outlet()).isEqualTo("Le Monde");
        assertThat(library.article(byAnalyst).orElseThrow().article().published())
                .isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void an_edited_outlet_names_the_source_in_the_filter_and_blank_falls_back_to_pasted_text() {
        String id = importOne(PARIS);
        EventCatalog named = new EventCatalog(IngestStorage.openH2(dataDir), ArticleStore::named);
        int all = named.find(EventQuery.all()).size();

        assertThat(library.changeOutlet(id, "  Reuters \n wire ")).isPresent();
        ArticleSummary a = library.articles().get(0);
        assertThat(a.outlet()).isEqualTo("Reuters wire");
        assertThat(a.shownSource()).isEqualTo("Reuters wire");
        assertThat(named.find(EventQuery.all().withSources(Set.of("Reuters wire"))))
                .hasSize(all);
        assertThat(named.find(EventQuery.all().withSources(Set.of("Pasted text"))))
                .isEmpty();
        assertThat(events.find(EventQuery.all())).hasSize(all); // not analysed again: the events stay

        assertThat(library.changeOutlet(id, " ")).isPresent();
        assertThat(library.articles().get(0).outlet()).isNull();
        assertThat(library.articles().get(0).shownSource()).isEqualTo("Pasted text");
        assertThat(named.find(EventQuery.all().withSources(Set.of("Pasted text"))))
                .hasSize(all);

        assertThatThrownBy(() -> library.changeOutlet(id, "x".repeat(ArticleLibrary.MAX_OUTLET + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(library.changeOutlet("no-such-id", "Reuters")).isEmpty();
    }

    @Test
    void changing_the_publication_date_re_dates_the_events() {
        String id = importOne(PARIS);
        assertThat(events.find(EventQuery.all())).extracting(GeoEvent::date).containsExactly(LocalDate.of(2023, 3, 5));

        assertThat(library.changePublished(id, LocalDate.of(2024, 1, 10))).isPresent();

        assertThat(library.article(id).orElseThrow().article().published()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(library.articles())
                .singleElement()
                .extracting(ArticleSummary::published)
                .isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(events.find(EventQuery.all())).extracting(GeoEvent::date).containsExactly(LocalDate.of(2024, 1, 10));
        assertThat(library.changePublished("no-such-id", LocalDate.of(2024, 1, 10)))
                .isEmpty();
    }

    @Test
    void place_counts_are_distinct_resolved_places_per_article() {
        String paris = importOne(PARIS);
        String kz = importOne("Almaty and Aktau\n\nProtesters met in Almaty, then in Aktau and again in Almaty.");

        assertThat(library.placeCounts()).containsEntry(paris, 1).containsEntry(kz, 2);
    }

    @Test
    void search_finds_words_of_the_text_and_place_names_case_insensitively_page_by_page() {
        String paris = importOne(PARIS);
        String kz = importOne("Unrest in the south\n\nProtesters met in Almaty, then in Aktau and again in Almaty.");
        String other = importOne("Calm day\n\nNothing happened in 100% of the towns of Aktau region.");

        assertThat(library.search("almaty", 0, 10)).containsExactly(kz);
        assertThat(library.search("AKTAU", 0, 10)).containsExactlyInAnyOrder(kz, other);
        assertThat(library.countMatching("aktau")).isEqualTo(2);
        assertThat(library.search("aktau", 0, 1)).hasSize(1);
        assertThat(library.search("aktau", 1, 1)).hasSize(1).doesNotContainAnyElementsOf(library.search("aktau", 0, 1));
        assertThat(library.search("100%", 0, 10)).containsExactly(other);
        assertThat(library.search("1_0", 0, 10)).isEmpty();
        assertThat(library.search("rally", 0, 10)).containsExactly(paris);
    }

    String importOn(String text, LocalDate published) {
        return importer.importText(text, ImportOptions.defaults().withPublished(published))
                .added()
                .get(0)
                .id();
    }

    static ArticleQuery.Order asc(ArticleQuery.Column column) {
        return new ArticleQuery.Order(column, false);
    }

    static ArticleQuery.Order desc(ArticleQuery.Column column) {
        return new ArticleQuery.Order(column, true);
    }

    List<String> ids(ArticleQuery query, int offset, int limit) {
        return library.page(query, offset, limit).stream()
                .map(r -> r.article().id())
                .toList();
    }

    @Test
    void a_library_page_is_filtered_sorted_paged_and_counted_by_the_database() {
        String a = importOn("Bravo\n\nProtesters met in Almaty. Protesters met in Aktau.", LocalDate.of(2023, 3, 5));
        String b = importOn("alpha\n\nProtesters met in Paris. Calm in Astana.", LocalDate.of(2023, 3, 6));
        String c = importOn("Charlie\n\nNothing in Astana.", null);
        ArticleQuery all = ArticleQuery.all();

        assertThat(library.page(all, 0, 10))
                .extracting(r -> r.article().id(), LibraryRow::events, LibraryRow::places)
                .as("newest publication first, undated last")
                .containsExactly(tuple(b, 1, 2), tuple(a, 2, 2), tuple(c, 0, 1));
        assertThat(ids(all.sortedBy(List.of(asc(ArticleQuery.Column.TITLE))), 0, 10))
                .as("titles case-insensitive")
                .containsExactly(b, a, c);
        assertThat(ids(all.sortedBy(List.of(desc(ArticleQuery.Column.EVENTS))), 0, 10))
                .containsExactly(a, b, c);
        assertThat(ids(all.sortedBy(List.of(asc(ArticleQuery.Column.PUBLISHED))), 0, 10))
                .as("undated first when ascending")
                .containsExactly(c, a, b);
        assertThat(ids(all.sortedBy(List.of(desc(ArticleQuery.Column.PLACES))), 0, 10))
                .as("a tie ends on the id")
                .containsExactly(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, c);
        assertThat(ids(all.sortedBy(List.of(desc(ArticleQuery.Column.EVENTS))), 1, 1))
                .containsExactly(b);
        assertThat(library.count(all)).isEqualTo(3);

        ArticleQuery astana = ArticleQuery.matching("ASTANA").sortedBy(List.of(asc(ArticleQuery.Column.PLACES)));
        assertThat(ids(astana, 0, 10)).containsExactly(c, b);
        assertThat(library.count(astana)).isEqualTo(2);
        assertThat(library.count(ArticleQuery.matching("reuters"))).isZero();
    }
}
