package org.geobrief.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.briefing.Briefings;
import org.geobrief.briefing.Briefings.Format;
import org.geobrief.briefing.FilterSummary;
import org.geobrief.briefing.MapExtent;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;

/**
 * Exports what the map shows: the events of the current {@link EventQuery} as a briefing (PPTX, PDF), data
 * (GeoJSON, CSV, KML) or a map picture, over the map's current extent or fitted to the events. The file is made
 * when the browser asks for it; the dialog only lays out and binds.
 */
public class ExportDialog extends Dialog {

    final TextField title = new TextField("Title");
    final Select<Format> format = new Select<>();
    final Checkbox currentView = new Checkbox("Map shows the current view (else fits the events)", true);
    final Span summary = new Span();
    final Anchor download = new Anchor();

    private final EventQuery query;
    private final MapExtent extent;
    private final Function<EventQuery, List<GeoEvent>> events;
    private final Function<String, ArticleMeta> articles;

    /**
     * @param query the map's current filter
     * @param extent the map's current view; null when unknown (the map then fits the events)
     * @param events the events of a query, e.g. {@code EventCatalog::find}
     * @param articles metadata of an article by id (outlet, title, url, date); may return null
     */
    public ExportDialog(
            EventQuery query,
            MapExtent extent,
            Function<EventQuery, List<GeoEvent>> events,
            Function<String, ArticleMeta> articles) {
        this.query = query;
        this.extent = extent;
        this.events = events;
        this.articles = articles;
        setHeaderTitle("Export");
        title.setValue("Events briefing");
        title.setWidthFull();
        format.setLabel("Format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(ExportDialog::describe);
        format.setValue(Format.PPTX);
        format.setWidthFull();
        currentView.setEnabled(extent != null);
        currentView.setValue(extent != null);
        summary.setText(FilterSummary.of(query));
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button button = new Button("Download");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.add(button);
        download.setDownload(true);
        download.setHref((DownloadHandler) event -> {
            Format f = format.getValue();
            event.setFileName(fileName(f));
            event.setContentType(f.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                write(f, out);
            }
        });
        VerticalLayout body = new VerticalLayout(title, format, currentView, summary);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button("Close", e -> close()), download);
        setWidth("32em");
    }

    /** Writes the export the dialog is set up for. */
    void write(Format f, OutputStream out) throws IOException {
        MapExtent mapExtent = currentView.getValue() ? extent : null;
        BriefingContext ctx = new BriefingContext(
                title.getValue().isBlank() ? "Events briefing" : title.getValue(),
                FilterSummary.of(query),
                mapExtent,
                articles,
                LocalDate.now());
        Briefings.write(f, events.apply(query), ctx, out);
    }

    String fileName(Format f) {
        String stem = title.getValue().isBlank() ? "geobrief" : title.getValue().strip();
        stem = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (stem.isEmpty() ? "geobrief" : stem) + "." + f.extension();
    }

    static String describe(Format f) {
        return switch (f) {
            case PPTX -> "PowerPoint briefing (.pptx)";
            case PDF -> "PDF briefing (.pdf)";
            case GEOJSON -> "GeoJSON (.geojson)";
            case CSV -> "CSV, ACLED columns (.csv)";
            case KML -> "KML for Google Earth (.kml)";
            case PNG -> "Map picture (.png)";
        };
    }
}
