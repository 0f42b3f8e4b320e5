package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportDialogTest {

    private final FakeDashboardData data = new FakeDashboardData();
    private ImportDialog dialog;
    private final AtomicInteger imported = new AtomicInteger();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        dialog = new ImportDialog(data);
        dialog.addImportedListener(e -> imported.incrementAndGet());
        dialog.open();
        MockVaadin.clientRoundtrip(); // attaches the dialog
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void nothing_pasted_says_so_and_imports_nothing() {
        dialog.importText.click();

        assertThat(dialog.message.getText()).isEqualTo("Nothing to import: paste an article's text first.");
        assertThat(data.lastImported).isNull();
        assertThat(rows()).isEmpty();
    }

    @Test
    void the_nothing_to_import_notice_sits_apart_from_the_button_and_goes_when_text_is_pasted() {
        dialog.importText.click();
        assertThat(dialog.message.getParent())
                .get()
                .isSameAs(dialog.importText.getParent().orElseThrow());
        assertThat(dialog.message.getParent().orElseThrow())
                .isInstanceOfSatisfying(
                        com.vaadin.flow.component.orderedlayout.HorizontalLayout.class,
                        h -> assertThat(h.isSpacing()).isTrue());

        dialog.paste.setValue("Protesters gathered in Aktau on Sunday.");
        assertThat(dialog.message.getText()).isEmpty();

        dialog.paste.clear();
        dialog.importText.click();
        dialog.importFile(
                "aktau.txt", "Protesters gathered in Aktau.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dialog.message.getText()).isEmpty();
    }

    @Test
    void pasted_text_goes_with_the_date_title_and_outlet_the_analyst_gives() {
        dialog.paste.setValue("Protesters gathered in Aktau on Sunday.");
        dialog.published.setValue(LocalDate.of(2022, 1, 7));
        dialog.title.setValue("Unrest in Aktau");
        dialog.outlet.setValue("Eurasianet");
        dialog.importText.click();

        assertThat(data.lastImported).isEqualTo("Protesters gathered in Aktau on Sunday.");
        assertThat(data.lastMetadata)
                .isEqualTo(new ImportMetadata(LocalDate.of(2022, 1, 7), "Unrest in Aktau", "Eurasianet"));
        assertThat(imported).hasValue(1);
    }

    @Test
    void pasted_text_leaves_the_box_once_stored_and_stays_when_its_import_fails() {
        var stored = new FakeDashboardData.Steered();
        var failing = new FakeDashboardData.Steered();
        data.jobs.addAll(List.of(stored, failing));

        dialog.paste.setValue("Protesters gathered in Aktau on Sunday.");
        dialog.importText.click();
        assertThat(dialog.paste.getValue()).as("still running").isEqualTo("Protesters gathered in Aktau on Sunday.");
        stored.succeed(
                new ImportOutcome(1, ImportSummaryTest.events(1), Set.of(1L), 0), "Imported 1 article with 1 event.");
        MockVaadin.runUIQueue();
        assertThat(dialog.paste.getValue()).isEmpty();

        dialog.paste.setValue("Riot police dispersed a crowd in Almaty.");
        dialog.importText.click();
        failing.fail("pasted: the analysis failed.");
        MockVaadin.runUIQueue();
        assertThat(dialog.paste.getValue()).isEqualTo("Riot police dispersed a crowd in Almaty.");
    }

    @Test
    void each_file_shows_its_progress_per_article_and_the_summary_comes_when_all_have_ended() {
        var digest = new FakeDashboardData.Steered();
        var single = new FakeDashboardData.Steered();
        data.jobs.addAll(List.of(digest, single));

        upload("digest.txt", "Nine articles");
        upload("one.html", "One article");
        assertThat(rows()).extracting(r -> r.name).containsExactly("digest.txt", "one.html");

        digest.step(0.4, "Analysing “Clashes in Almaty” (3 of 9)");
        MockVaadin.runUIQueue();
        assertThat(rows().get(0).status.getText()).isEqualTo("Analysing “Clashes in Almaty” (3 of 9)");
        assertThat(rows().get(0).progress.getValue()).isEqualTo(0.4);
        assertThat(rows().get(1).status.getText()).isEqualTo("Waiting to start");

        digest.succeed(
                new ImportOutcome(8, ImportSummaryTest.events(21), Set.of(1L, 2L, 3L), 1),
                "Imported 8 articles with 21 events.");
        MockVaadin.runUIQueue();
        assertThat(imported).as("the map reloads after each stored file").hasValue(1);
        assertThat(summary()).as("one file still running").isEmpty();

        single.succeed(
                new ImportOutcome(1, ImportSummaryTest.events(2), Set.of(3L, 4L), 0),
                "Imported 1 article with 2 events.");
        MockVaadin.runUIQueue();
        assertThat(imported).hasValue(2);
        assertThat(summary())
                .containsExactly("Imported 9 articles from 2 documents with 23 events naming 4 places;"
                        + " 1 article was already stored and skipped.");
    }

    @Test
    void refused_files_are_named_with_the_reason_and_count_as_nothing_stored() {
        var empty = new FakeDashboardData.Steered();
        var good = new FakeDashboardData.Steered();
        data.jobs.addAll(List.of(empty, good));
        upload("empty.txt", "");
        upload("good.txt", "Protesters gathered in Aktau.");
        empty.fail("empty.txt is empty.");
        good.succeed(
                new ImportOutcome(1, ImportSummaryTest.events(1), Set.of(1L), 0), "Imported 1 article with 1 event.");
        MockVaadin.runUIQueue();

        assertThat(summary())
                .containsExactly(
                        "Imported 1 article from 1 document with 1 event naming 1 place.",
                        "1 document refused, nothing of it stored: empty.txt.");
        assertThat(rows().get(0).status.getText()).isEqualTo("empty.txt is empty.");
        assertThat(rows().get(0).hasClassName("refused")).isTrue();
        assertThat(imported).hasValue(1);
    }

    @Test
    void a_file_over_the_limit_is_refused_in_the_browser_with_its_size_and_the_limit() {
        JsonObject reject = Json.createObject();
        reject.put("event.detail.file.name", "report.pdf");
        reject.put("event.detail.file.size", 63.0 * 1024 * 1024);
        reject.put("event.detail.error", "File is Too Big.");
        BasicUtilsKt._fireDomEvent(dialog.upload, "file-reject", reject);

        assertThat(data.importedFiles).isEmpty();
        assertThat(summary()).containsExactly("1 document refused, nothing of it stored: report.pdf.");
        assertThat(rows()).singleElement().satisfies(r -> assertThat(r.status.getText())
                .isEqualTo("report.pdf is 63 MB; the limit is 50 MB."));
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(50 << 20);
    }

    @Test
    void the_upload_accepts_many_files_and_what_is_configured_as_the_limit() {
        data.importLimit = 200_000;
        ImportDialog small = new ImportDialog(data);

        assertThat(small.upload.getMaxFiles())
                .as("no limit on the number of files")
                .isZero();
        assertThat(small.upload.getMaxFileSize()).isEqualTo(200_000);
    }

    @Test
    void closed_dialog_keeps_working_and_says_when_the_import_ended() {
        var job = new FakeDashboardData.Steered();
        data.jobs.add(job);
        upload("digest.txt", "Nine articles");
        dialog.close();

        job.succeed(
                new ImportOutcome(9, ImportSummaryTest.events(22), Set.of(1L, 2L), 0),
                "Imported 9 articles with 22 events.");
        MockVaadin.runUIQueue();

        assertThat(imported).hasValue(1);
        assertThat(NotificationsKt.getNotifications())
                .extracting(ImportDialogTest::text)
                .containsExactly("Imported 9 articles from 1 document with 22 events naming 2 places.");
    }

    @Test
    void cancel_asks_every_running_import_to_stop() {
        var job = new FakeDashboardData.Steered();
        data.jobs.add(job);
        upload("digest.txt", "Nine articles");

        dialog.cancel.click();

        assertThat(job.cancelled).isTrue();
    }

    @Test
    void a_cancelled_import_is_said_cancelled_not_refused() {
        var job = new FakeDashboardData.Steered();
        data.jobs.add(job);
        upload("huge-report.txt", "A huge report");

        dialog.cancel.click();
        job.fail("Import cancelled; nothing was stored.");
        MockVaadin.runUIQueue();

        assertThat(summary()).containsExactly("1 import cancelled, nothing of it stored: huge-report.txt.");
    }

    private void upload(String name, String content) {
        UploadKt._upload(dialog.upload, name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }

    private List<ImportRow> rows() {
        return dialog.rows.getChildren().map(ImportRow.class::cast).toList();
    }

    private List<String> summary() {
        return dialog.summary.getChildren().map(c -> ((Paragraph) c).getText()).toList();
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text");
    }
}
