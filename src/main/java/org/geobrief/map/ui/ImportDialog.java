package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.geobrief.map.ui.DashboardData.ImportJob;

/**
 * Imports articles: pasted text, or any number of files chosen or dropped at once. Each file gets a row with its
 * progress (per article while it is analysed); when all have ended a summary says in plain words what was stored and
 * which files were refused and why; it covers everything imported since the dialog was opened. Imports run in the background and report by server push, so the analyst can close the
 * dialog and keep working: a notification says when they end. Fires {@link Imported} whenever a file was stored.
 */
public class ImportDialog extends Dialog {

    public static class Imported extends ComponentEvent<ImportDialog> {
        Imported(ImportDialog dialog) {
            super(dialog, false);
        }
    }

    private final DashboardData data;
    private final UI ui;
    final TextArea paste = new TextArea("Paste article text");
    /** The last pasted text sent to import and its row: cleared from the box once it is stored. */
    private ImportRow pastedRow;

    private String pastedText;
    final Button importText = new Button("Import text");
    final DatePicker published = IsoDatePicker.of("Published");
    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final Upload upload;
    final Div rows = new Div();
    final Div summary = new Div();
    final Span message = new Span();
    final Button cancel = new Button("Cancel imports");
    private final List<ImportRow> batch = new ArrayList<>();
    private final Set<ImportRow> ended = new HashSet<>();

    public ImportDialog(DashboardData data) {
        this.data = data;
        this.ui = UI.getCurrent();
        setHeaderTitle("Import articles");
        paste.setWidthFull();
        paste.setHeight("6em");
        importText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importText.addClickListener(e -> importPasted());
        published.setHelperText("for relative dates (“on Monday”)");
        HorizontalLayout about = new HorizontalLayout(published, title, outlet);
        about.setWidthFull();
        about.setFlexGrow(1, title);
        long limit = data.importLimitBytes();
        upload = new Upload(
                UploadHandler.inMemory((meta, bytes) -> ui.access(() -> importFile(meta.fileName(), bytes))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setDropLabel(new Span(
                "Drop files here: text, HTML, PDF, Word, e-mail; up to " + ImportSummary.size(limit) + " each"));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.getElement()
                .addEventListener(
                        "upload-error",
                        e -> refuse(
                                e.getEventData().getString("event.detail.file.name"),
                                e.getEventData().getString("event.detail.file.name") + " could not be uploaded: "
                                        + e.getEventData().getString("event.detail.file.error")))
                .addEventData("event.detail.file.name")
                .addEventData("event.detail.file.error");
        upload.getElement()
                .addEventListener(
                        "file-reject",
                        e -> refuse(
                                e.getEventData().getString("event.detail.file.name"),
                                (long) e.getEventData().getNumber("event.detail.file.size"),
                                e.getEventData().getString("event.detail.error")))
                .addEventData("event.detail.file.name")
                .addEventData("event.detail.file.size")
                .addEventData("event.detail.error");
        upload.setWidthFull();
        rows.setId("import-files");
        summary.setId("import-summary");
        message.setId("import-message");
        cancel.addClickListener(e -> batch.forEach(ImportRow::cancel));
        cancel.setEnabled(false);
        // the notice beside the button with a gap, not glued to its edge; it goes as soon as anything is imported or
        // the text changes, so it never outlives what it was about
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        paste.addValueChangeListener(e -> message.setText(""));
        HorizontalLayout pasteActions = new HorizontalLayout(importText, message);
        pasteActions.setSpacing(true);
        pasteActions.setAlignItems(FlexComponent.Alignment.CENTER);
        pasteActions.setId("import-text-actions");
        add(about, upload, rows, summary, paste, pasteActions);
        // how every import ended stays on the Articles page, for other tabs and after a reload
        var log = MapView.routerLink("articles", "Import log");
        log.setId("import-log-link");
        log.getElement().setAttribute("title", "How every import ended, also those of other tabs: the Articles page");
        log.getStyle().set("margin-inline-end", "auto");
        getFooter().add(log, cancel, new Button("Close", e -> close()));
        addOpenedChangeListener(e -> {
            if (e.isOpened()) clearIfAllEnded();
        });
        setModal(false);
        setDraggable(true);
        setResizable(true);
        setWidth("46em");
    }

    public Registration addImportedListener(ComponentEventListener<Imported> listener) {
        return addListener(Imported.class, listener);
    }

    ImportMetadata metadata() {
        return new ImportMetadata(published.getValue(), title.getValue(), outlet.getValue());
    }

    private void importPasted() {
        if (paste.getValue().isBlank()) {
            message.setText("Nothing to import: paste an article's text first.");
            return;
        }
        message.setText("");
        String text = paste.getValue();
        pastedText = text;
        pastedRow = start("Pasted text", () -> data.importText(text, metadata()));
    }

    void importFile(String name, byte[] bytes) {
        start(name, () -> data.importFile(name, bytes, metadata()));
    }

    /** The browser refused a file before uploading it: too big, or another reason it gives. */
    void refuse(String name, long size, String error) {
        long limit = data.importLimitBytes();
        refuse(
                name,
                size > limit
                        ? name + " is " + ImportSummary.size(size) + "; the limit is " + ImportSummary.size(limit) + "."
                        : name + ": " + error);
    }

    private void refuse(String name, String why) {
        ImportRow row = ImportRow.refused(name, why);
        add(row);
        finishIfDone();
    }

    private ImportRow start(String name, Supplier<ImportJob> starter) {
        message.setText("");
        ImportJob job = starter.get();
        ImportRow row = new ImportRow(name, job);
        add(row);
        job.onChange(() -> ui.access(() -> changed(row)));
        changed(row);
        return row;
    }

    private void add(ImportRow row) {
        batch.add(row);
        rows.add(row);
        cancel.setEnabled(true);
    }

    /** What ended stays on screen until the dialog is opened again with nothing running. */
    private void clearIfAllEnded() {
        if (batch.stream().allMatch(ImportRow::isDone)) {
            batch.clear();
            ended.clear();
            rows.removeAll();
            summary.removeAll();
        }
    }

    private void changed(ImportRow row) {
        row.refresh();
        if (row.isDone() && ended.add(row)) {
            if (!row.failed()) fireEvent(new Imported(this));
            if (!row.failed() && row == pastedRow && paste.getValue().equals(pastedText)) {
                paste.clear(); // stored: the box is ready for the next article (a failed import keeps the text)
            }
            finishIfDone();
        }
    }

    private void finishIfDone() {
        if (batch.isEmpty() || !batch.stream().allMatch(ImportRow::isDone)) return;
        cancel.setEnabled(false);
        ImportSummary s = new ImportSummary();
        batch.forEach(r -> r.addTo(s));
        summary.removeAll();
        s.brief().forEach(line -> summary.add(new Paragraph(line)));
        summary.scrollIntoView();
        if (!isOpened()) {
            Notification n = Notification.show(String.join(" ", s.lines()), 10_000, Notification.Position.BOTTOM_END);
            n.addThemeVariants(s.anyRefused() ? NotificationVariant.LUMO_CONTRAST : NotificationVariant.LUMO_SUCCESS);
        }
    }
}
