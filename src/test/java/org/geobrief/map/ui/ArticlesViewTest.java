package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.List;
import org.geobrief.ingest.ArticleQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticlesViewTest {

    private final FakeDashboardData data = new FakeDashboardData();
    private ArticlesView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        view = new ArticlesView(data);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void publication_dates_are_picked_and_shown_as_iso_dates() {
        assertThat(view.published.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(new ImportDialog(new FakeDashboardData()).published.getI18n().getDateFormats())
                .containsExactly("yyyy-MM-dd");
    }

    @Test
    void every_fixed_width_column_is_wide_enough_for_its_header_and_sort_indicator() {
        // Lumo's compact grid: about 0.55em a letter, 1.4em for the sort indicator, 1em of padding (the walkthrough of
        // issue 17 saw "Published" whole at 7.4em and "Events" cut to "Eve…" at 5.4em)
        for (var column : view.grid.getColumns().subList(2, 6)) {
            String header = column.getHeaderText();
            double needed = header.length() * 0.55 + 2.4;
            assertThat(Double.parseDouble(column.getWidth().replace("em", "")))
                    .as(header)
                    .isGreaterThanOrEqualTo(needed);
        }
    }

    @Test
    void lists_every_article_with_outlet_date_and_counts() {
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .containsExactly("Unrest in Kazakhstan", "Eurasianet", "2022-01-07", "3", "3", "1970-01-01");
        assertThat(view.count.getText()).isEqualTo("1 article");
    }

    @Test
    void search_keeps_the_articles_whose_title_outlet_source_or_text_match() {
        view.search.setValue("eurasia");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        view.search.setValue("Almaty"); // only in the text
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.count.getText()).isEqualTo("1 article");

        view.search.setValue("reuters");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.count.getText()).isEqualTo("0 of 1 articles");
    }

    @Test
    void a_chosen_article_opens_in_the_reader() {
        assertThat(view.delete.isEnabled()).isFalse();

        view.grid.select(GridKt._get(view.grid, 0));

        assertThat(LocatorJ._get(view.reader, H3.class).getText()).isEqualTo("Unrest in Kazakhstan");
        assertThat(view.published.getValue()).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(view.delete.isEnabled()).isTrue();
    }

    @Test
    void delete_removes_the_article_and_undo_brings_it_back() {
        view.grid.select(GridKt._get(view.grid, 0));

        view.delete.click();

        assertThat(data.stored).isFalse();
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.reader.getChildren()).isEmpty();
        Button undo = LocatorJ._get(Button.class, spec -> spec.withId("undo-delete"));

        undo.click();

        assertThat(data.stored).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.grid.asSingleSelect().getValue().article().id()).isEqualTo("a1");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void a_new_publication_date_is_stored_and_shown() {
        view.grid.select(GridKt._get(view.grid, 0));
        view.published.setValue(LocalDate.of(2022, 2, 1));

        view.setDate.click();

        assertThat(data.published).containsEntry("a1", LocalDate.of(2022, 2, 1));
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(2)).isEqualTo("2022-02-01");
    }

    @Test
    void a_new_outlet_is_stored_shown_in_the_grid_and_blank_falls_back_to_the_file_name() {
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.outlet.getValue()).isEqualTo("Eurasianet");
        view.outlet.setValue("RFE/RL");

        view.setOutlet.click();

        assertThat(data.articles().get(0).shownSource()).isEqualTo("RFE/RL");
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("RFE/RL");
        assertThat(NotificationsKt.getNotifications())
                .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains("listed under “RFE/RL”"));

        view.outlet.clear();
        view.setOutlet.click();

        assertThat(data.articles().get(0).outlet()).isNull();
        assertThat(view.outlet.getHelperText()).isEqualTo("Shown as “kz.txt”");
        // the grid's Outlet column says what the Source filter says, not a blank cell
        assertThat(GridKt._getFormattedRow(view.grid, 0).get(1)).isEqualTo("kz.txt");
    }

    @Test
    void analyse_again_reanalyses_the_chosen_article() {
        view.grid.select(GridKt._get(view.grid, 0));

        view.reanalyse.click();

        assertThat(data.reanalysed).containsExactly("a1");
    }

    @Test
    void a_viewer_reads_the_articles_but_sees_no_date_analyse_or_delete() {
        data.mayChange = false;
        ArticlesView viewers = new ArticlesView(data);

        assertThat(GridKt._size(viewers.grid)).isPositive().isEqualTo(GridKt._size(view.grid));
        assertThat(List.of(
                        viewers.published,
                        viewers.setDate,
                        viewers.outlet,
                        viewers.setOutlet,
                        viewers.reanalyse,
                        viewers.delete))
                .noneMatch(c -> c.isVisible());
        assertThat(view.delete.isVisible()).isTrue();
    }

    @Test
    void the_grid_asks_the_store_for_one_page_in_its_sort_order_and_with_the_search_text() {
        List<ArticleQuery> asked = new java.util.ArrayList<>();
        FakeDashboardData recording = new FakeDashboardData() {
            @Override
            public List<ArticleEntry> articles(ArticleQuery query, int offset, int limit) {
                asked.add(query);
                return super.articles(query, offset, limit);
            }
        };
        ArticlesView library = new ArticlesView(recording);
        library.search.setValue("almaty");

        library.grid.sort(GridSortOrder.desc(library.grid.getColumns().get(3)).build());
        GridKt._get(library.grid, 0);

        assertThat(asked)
                .last()
                .isEqualTo(
                        new ArticleQuery("almaty", List.of(new ArticleQuery.Order(ArticleQuery.Column.EVENTS, true))));
    }

    @Test
    void a_date_from_a_files_creation_is_marked_and_its_origin_told_in_the_tooltip_and_under_the_picker() {
        data.dateSource = org.geobrief.ingest.DateSource.FILE_CREATED;
        view.reload(null);

        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2022-01-07 ?");
        ArticleEntry row = data.library().get(0);
        assertThat(row.publishedOrigin()).isEqualTo("Published 2022-01-07, the file's creation date: check it");
        view.grid.select(row);
        assertThat(view.published.getHelperText())
                .isEqualTo("Published 2022-01-07, the file's creation date: check it");
    }

    @Test
    void the_import_log_shows_every_import_and_opens_when_the_latest_was_refused() {
        java.time.Instant at = java.time.Instant.parse("2026-12-07T17:50:00Z");
        data.importLog.add(new org.geobrief.ingest.ImportLogEntry(
                at,
                at,
                "huge.txt",
                org.geobrief.ingest.ImportLogEntry.Outcome.REFUSED,
                0,
                0,
                0,
                "huge.txt: its analysis took longer than 300 s of CPU (geobrief.import.max-analysis-seconds);"
                        + " 0 of its 1 articles were stored."));
        data.importLog.add(new org.geobrief.ingest.ImportLogEntry(
                at,
                at,
                "Pasted text",
                org.geobrief.ingest.ImportLogEntry.Outcome.STORED,
                1,
                0,
                3,
                "Imported 1 article with 3 events."));

        view.reload(null);

        assertThat(view.importLog.isOpened()).isTrue();
        assertThat(view.importLog.entries.getChildren().map(c -> c.getElement().getTextRecursively()))
                .containsExactly(
                        "2026-12-07 17:50 UTC · huge.txt · refused — huge.txt: its analysis took longer than 300 s"
                                + " of CPU (geobrief.import.max-analysis-seconds); 0 of its 1 articles were stored.",
                        "2026-12-07 17:50 UTC · Pasted text · stored — Imported 1 article with 3 events.");
    }

    @Test
    void the_import_log_opens_for_a_refused_file_of_the_latest_batch_even_when_another_ended_after_it() {
        java.time.Instant at = java.time.Instant.parse("2026-12-07T17:50:00Z");
        var stored = new org.geobrief.ingest.ImportLogEntry(
                at.plusSeconds(5),
                at.plusSeconds(5),
                "strike.pdf",
                org.geobrief.ingest.ImportLogEntry.Outcome.STORED,
                1,
                0,
                1,
                "Imported 1 article with 1 event.");
        var refused = new org.geobrief.ingest.ImportLogEntry(
                at,
                at,
                "empty.txt",
                org.geobrief.ingest.ImportLogEntry.Outcome.REFUSED,
                0,
                0,
                0,
                "empty.txt is empty.");
        var yesterday = new org.geobrief.ingest.ImportLogEntry(
                at.minusSeconds(86_400),
                at.minusSeconds(86_400),
                "old.txt",
                org.geobrief.ingest.ImportLogEntry.Outcome.REFUSED,
                0,
                0,
                0,
                "old.txt is empty.");

        assertThat(ImportLogPanel.batchTroubled(List.of(stored, refused))).isTrue();
        assertThat(ImportLogPanel.batchTroubled(List.of(stored, yesterday))).isFalse();
    }
}
