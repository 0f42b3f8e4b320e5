package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;
import org.geobrief.map.ui.DashboardData.ImportJob;

/**
 * Imports articles: paste text, or upload / drop a file (text, HTML, PDF, Word...). Shows progress, can cancel,
 * and says plainly what went wrong. Fires {@link Imported} when an import ends well.
 */
public class ImportDialog extends Dialog {

    public static class Imported extends ComponentEvent<ImportDialog> {
        Imported(ImportDialog dialog) {
            super(dialog, true);
        }
    }

    private final DashboardData data;
    final TextArea paste = new TextArea("Paste article text");
    final Button importText = new Button("Import text");
    final Button cancel = new Button("Cancel import");
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span message = new Span();
    private ImportJob job;

    public ImportDialog(DashboardData data) {
        this.data = data;
        setHeaderTitle("Import articles");
        paste.setWidthFull();
        paste.setHeight("12em");
        importText.addClickListener(e -> {
            if (paste.getValue().isBlank()) {
                message.setText("Nothing to import: paste an article's text first.");
                return;
            }
            start("pasted text", () -> data.importText(paste.getValue()));
        });
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(
                        ui -> ui.access(() -> start(meta.fileName(), () -> data.importFile(meta.fileName(), bytes))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.setDropLabel(new Span("Drop a file here (txt, html, pdf, docx)"));
        upload.addFileRejectedListener(e -> message.setText("File refused: " + e.getErrorMessage()));
        cancel.addClickListener(e -> {
            if (job != null) job.cancel();
        });
        cancel.setEnabled(false);
        progress.setVisible(false);
        message.setId("import-message");
        add(paste, importText, upload, progress, message);
        getFooter().add(cancel, new Button("Close", e -> close()));
        importText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setWidth("40em");
    }

    public Registration addImportedListener(ComponentEventListener<Imported> listener) {
        return addListener(Imported.class, listener);
    }

    /** Starts a job and polls it until it ends (the UI polls, so no server push is needed). */
    void start(String name, Supplier<ImportJob> starter) {
        if (job != null && !job.isDone()) {
            message.setText("An import is still running.");
            return;
        }
        job = starter.get();
        message.setText("Importing " + name + "…");
        progress.setVisible(true);
        cancel.setEnabled(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(400);
        Registration[] poll = new Registration[1];
        poll[0] = ui.addPollListener(e -> refresh(ui, poll[0]));
        refresh(ui, poll[0]);
    }

    private void refresh(UI ui, Registration poll) {
        progress.setValue(Math.max(0, Math.min(1, job.progress())));
        if (!job.isDone()) return;
        if (poll != null) poll.remove();
        ui.setPollInterval(-1);
        cancel.setEnabled(false);
        progress.setVisible(false);
        message.setText(job.message());
        if (!job.failed()) fireEvent(new Imported(this));
    }
}
