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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 *
 * <p>Opening the dialog counts the query's events and reads none: on a shared store of a million events the events are
 * read only when the file is written, and a query holding more than {@link #MAX_EVENTS} cannot be exported whole.
 */
public class ExportDialog extends Dialog {

    /**
     * The most events one file holds: the events are read into the server's memory to write it, so a world view over a
     * million stored events must be narrowed first (the picked events alone may still go out).
     */
    public static final int MAX_EVENTS = 50_000;

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
    private final Function<Collection<String>, List<GeoEvent>> withIds;
    private final Function<String, ArticleMeta> articles;
    private final PickedEvents picks;
    private final Runnable unlisten;
    /** How many events the query holds, counted when the dialog opens. */
    private final int count;
    /** The events of the query, read once when a file is first written. */
    private List<GeoEvent> filtered;
    /** The picked events that match the filter wherever they are (the picks may lie outside the view), by id. */
    private Map<String, GeoEvent> pickable = Map.of();
    /** The ids {@link #pickable} was looked up for. */
    private Set<String> lookedUp = Set.of();

    /**
     * @param query the map's current filter, within the map's view when the dashboard lists only the events in view
     * @param extent the map's current view; null when unknown (the map then fits the events)
     * @param events the events of a query, held in memory: the dialog counts and looks picks up by reading them
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
        this(
                query,
                extent,
                events,
                q -> events.apply(q).size(),
                ids -> events.apply(EventQuery.all()).stream()
                        .filter(e -> ids.contains(e.id()))
                        .toList(),
                articles,
                picks);
    }

    /**
     * For a store too large to read whole: the dialog counts the query's events when it opens and reads them only to
     * write the file.
     *
     * @param events the events of a query, e.g. {@code EventCatalog::find}; called only when a file is written or
     *     picks are looked up (then restricted to the picks' articles)
     * @param count how many events a query holds, e.g. {@code EventCatalog::count}
     * @param withIds the stored events with the given ids, whatever the filter (unknown ids absent)
     * @param picks the events marked for the briefing, shared with the view that marks them
     */
    public ExportDialog(
            EventQuery query,
            MapExtent extent,
            Function<EventQuery, List<GeoEvent>> events,
            ToIntFunction<EventQuery> count,
            Function<Collection<String>, List<GeoEvent>> withIds,
            Function<String, ArticleMeta> articles,
            PickedEvents picks) {
        this.query = query;
        this.extent = extent;
        this.events = events;
        this.withIds = withIds;
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
        this.count = count.applyAsInt(query);
        summary.setText(describe(query) + " \u2014 " + describeCount(this.count));
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
        onlyPicked.addValueChangeListener(e -> enableDownload());
        showPicks();
        enableDownload();
    }

    /** "1 event", "1,234 events", or why more than {@link #MAX_EVENTS} cannot go into a file. */
    static String describeCount(int n) {
        String events = String.format(Locale.ENGLISH, "%,d", n) + (n == 1 ? " event" : " events");
        return n <= MAX_EVENTS
                ? events
                : events + " \u2014 more than a file can hold (" + String.format(Locale.ENGLISH, "%,d", MAX_EVENTS)
                        + "); narrow the filters or zoom in";
    }

    /** Whether the file may be written: the query's events are few enough, or only the picks go out. */
    boolean exportable() {
        return count <= MAX_EVENTS || onlyPicked.getValue();
    }

    private void enableDownload() {
        download.setEnabled(exportable());
    }

    /** The events the file holds: all those of the query, or only the picked ones in the analyst's order. */
    List<GeoEvent> selection() {
        if (!exportable()) {
            throw new IllegalStateException(describeCount(count));
        }
        if (!onlyPicked.getValue()) return filtered();
        Map<String, GeoEvent> byId = pickable();
        return picks.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private List<GeoEvent> filtered() {
        if (filtered == null) filtered = events.apply(query);
        return filtered;
    }

    /**
     * The picked events that match the filter, in the view or out of it, by id. Reads only the picks and the events of
     * the articles reporting them: every picked event has a source among those articles, so restricting the filter to
     * them keeps each pick that matches it (a filter that already names articles is kept as it is).
     */
    private Map<String, GeoEvent> pickable() {
        List<String> ids = picks.ids();
        if (lookedUp.containsAll(ids)) return pickable;
        Set<String> wanted = new HashSet<>(ids);
        List<GeoEvent> named = withIds.apply(ids);
        Map<String, GeoEvent> byId = new HashMap<>();
        if (!named.isEmpty()) {
            EventQuery everywhere = query.within(null);
            Set<String> reporting = named.stream()
                    .flatMap(e -> e.sources() == null ? Stream.empty() : e.sources().stream())
                    .map(s -> s.link().articleId())
                    .collect(Collectors.toSet());
            // a pick without any source matches the filter only by criteria the event itself answers
            List<GeoEvent> candidates = new java.util.ArrayList<>(named.stream()
                    .filter(e -> e.sources() == null || e.sources().isEmpty())
                    .filter(e -> everywhere.matches(e, id -> List.of()))
                    .toList());
            if (!reporting.isEmpty()) {
                candidates.addAll(events.apply(
                        everywhere.articleIds().isEmpty() ? everywhere.withArticleIds(reporting) : everywhere));
            }
            candidates.stream().filter(e -> wanted.contains(e.id())).forEach(e -> byId.putIfAbsent(e.id(), e));
        }
        lookedUp = wanted;
        pickable = byId;
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
