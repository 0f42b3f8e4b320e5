package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
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
    }

    @Test
    void pasted_text_is_imported_and_reported() {
        dialog.paste.setValue("Protesters gathered in Aktau on Sunday.");
        dialog.importText.click();

        assertThat(data.lastImported).isEqualTo("Protesters gathered in Aktau on Sunday.");
        assertThat(dialog.message.getText()).isEqualTo("Imported 1 article with 0 events.");
        assertThat(imported).hasValue(1);
    }

    @Test
    void a_refused_import_shows_why_and_does_not_count_as_imported() {
        dialog.paste.setValue("1234 5678");
        dialog.importText.click();

        assertThat(dialog.message.getText()).isEqualTo("No text found in it.");
        assertThat(imported).hasValue(0);
    }
}
