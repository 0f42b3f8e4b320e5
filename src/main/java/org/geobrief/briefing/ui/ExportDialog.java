package org.geobrief.briefing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Exports what the map shows: the events of the current {@link EventQuery} (or only those the analyst picked) as a
 * briefing (PPTX, PDF), data (GeoJSON, CSV, KML) or a map picture, over the map's current extent or fitted to the
 * events. Picked events get a slide each, in the analyst's order, which the dialog lets them change. The file is made
 * when the browser asks for it; the dialog only lays out and binds.
 */
public class ExportDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField subtitle = new TextField("Subtitle");
    final Select<Format> format = new Select<>();
    final Checkbox onlyPicked = new Checkbox();
    final Div pickedList = new Div();
    final Checkbox currentView = new Checkbox("Map shows the current view (else fits the events)", true);
    final Span summary = new Span();
    final Anchor download = new Anchor();

    private final EventQuery query;
    private final MapExtent extent;
    private final Function<EventQuery, List<GeoEvent>> events;
    private final Function<String, ArticleMeta> articles;
    private final PickedEvents picks;
    private final Runnable unlisten;
    /** The events of the query, read once: the dialog exports the view as it was when opened. */
    private List<GeoEvent> filtered;
    /** The events of the query wherever they are (the picks may lie outside the view); read when needed. */
    private List<GeoEvent> everywhere;

    /**
     * @param query the map's current filter, within the map's view when the dashboard lists only the events in view
     * @param extent the map's current view; null when unknown (the map then fits the events)
     * @param events the events of a query, e.g. {@code EventCatalog::find}
     * @param articles metadata of an article by id (outlet, title, url, date); may return null
     */
    public ExportDialog(
            EventQuery query,
            MapExtent extent,
            Function<EventQuery, List<GeoEvent>> events,
            Function<String, ArticleMeta> articles) {
        this(query, extent, events, articles, new PickedEvents());
    }

    /** @param picks the events marked for the briefing, shared with the view that marks them */
    public ExportDialog(
            EventQuery query,
            MapExtent extent,
            Function<EventQuery, List<GeoEvent>> events,
            Function<String, ArticleMeta> articles,
            PickedEvents picks) {
        this.query = query;
        this.extent = extent;
        this.events = events;
        this.articles = articles;
        this.picks = picks;
        setId("export-dialog");
        title.setId("export-title");
        format.setId("export-format");
        setHeaderTitle("Export");
        title.setValue("Events briefing");
        title.setWidthFull();
        subtitle.setPlaceholder("e.g. For the morning meeting");
        subtitle.setWidthFull();
        format.setLabel("Format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(ExportDialog::describe);
        format.setValue(Format.PPTX);
        format.setWidthFull();
        onlyPicked.setId("export-only-picked");
        currentView.setEnabled(extent != null);
        currentView.setValue(extent != null);
        int n = filtered().size();
        summary.setText(describe(query) + " \u2014 " + n + (n == 1 ? " event" : " events"));
        summary.setId("export-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button button = new Button("Download");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.setId("export-download");
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
        VerticalLayout body = new VerticalLayout(title, subtitle, format, onlyPicked, pickedList, currentView, summary);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button("Close", e -> close()), download);
        setWidth("36em");
        unlisten = picks.addListener(p -> showPicks());
        addDetachListener(e -> unlisten.run());
        showPicks();
    }

    /** The events the file holds: all those of the query, or only the picked ones in the analyst's order. */
    List<GeoEvent> selection() {
        if (!onlyPicked.getValue()) return filtered();
        Map<String, GeoEvent> byId = pickable();
        return picks.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<GeoEvent> filtered() {
        if (filtered == null) filtered = events.apply(query);
        return filtered;
    }

    /** The events a pick may name, by id: the filter's, in the view or out of it. */
    private Map<String, GeoEvent> pickable() {
        if (everywhere == null) everywhere = query.bbox() == null ? filtered() : events.apply(query.within(null));
        Map<String, GeoEvent> byId = new HashMap<>();
        everywhere.forEach(e -> byId.putIfAbsent(e.id(), e));
        return byId;
    }

    /** The query in words, the map's view named as such rather than by its coordinates. */
    static String describe(EventQuery q) {
        String filters = FilterSummary.of(q.within(null));
        return q.bbox() == null ? filters : filters + " \u00B7 in the map's view";
    }

    /** Writes the export the dialog is set up for. */
    void write(Format f, OutputStream out) throws IOException {
        MapExtent mapExtent = currentView.getValue() ? extent : null;
        BriefingContext ctx = new BriefingContext(
                title.getValue().isBlank() ? "Events briefing" : title.getValue(),
                describe(query),
                mapExtent,
                articles,
                LocalDate.now(),
                subtitle.getValue(),
                picks.ids());
        Briefings.write(f, selection(), ctx, out);
    }

    String fileName(Format f) {
        String stem = title.getValue().isBlank() ? "geobrief" : title.getValue().strip();
        stem = stem.replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return (stem.isEmpty() ? "geobrief" : stem) + "." + f.extension();
    }

    /** The picked events in slide order, each with buttons to move it up or down or to drop it. */
    private void showPicks() {
        onlyPicked.setLabel("Only the " + picks.size() + " picked events (else all the filters show)");
        onlyPicked.setEnabled(!picks.isEmpty());
        if (picks.isEmpty()) onlyPicked.setValue(false);
        pickedList.removeAll();
        if (picks.isEmpty()) {
            Span hint = new Span("Mark events with ☆ in the list or the event panel to give each a slide.");
            hint.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            pickedList.add(hint);
            return;
        }
        pickedList.add(new Span("Slides for the picked events, in this order:"));
        Map<String, GeoEvent> byId = pickable();
        int n = 1;
        for (String id : picks.ids()) {
            GeoEvent e = byId.get(id);
            Span label = new Span(n++ + ". " + (e == null ? "(not in the current filter)" : EventLabels.oneLine(e)));
            label.getStyle().set("flex", "1");
            Button up = iconButton(VaadinIcon.ARROW_UP, "Earlier", () -> picks.move(id, -1));
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "Later", () -> picks.move(id, 1));
            Button drop = iconButton(VaadinIcon.CLOSE_SMALL, "Remove from the briefing", () -> picks.remove(id));
            HorizontalLayout row = new HorizontalLayout(label, up, down, drop);
            row.addClassName("picked-event");
            row.setWidthFull();
            row.setSpacing(false);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            pickedList.add(row);
        }
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
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
