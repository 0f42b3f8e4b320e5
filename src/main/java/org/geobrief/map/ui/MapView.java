package org.geobrief.map.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.briefing.MapExtent;
import org.geobrief.briefing.ui.ExportDialog;
import org.geobrief.briefing.ui.PickedEvents;
import org.geobrief.events.EventDays;
import org.geobrief.events.EventExtent;
import org.geobrief.events.EventGrid;
import org.geobrief.events.EventQuery;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.ArticleSummary;

/** The map dashboard: filters, the events map and list, the selected event and the article reader. */
@Route("")
@PageTitle("GeoBrief")
@PermitAll // every signed-in user (a viewer at least); on the single-user default, the local user
public class MapView extends VerticalLayout implements BeforeEnterObserver {

    /** Town labels sent for one view, at most. */
    static final int TOWNS = 400;

    /**
     * Pins sent to the map for one view, at most. A store with more events than this is never read whole: the map is
     * fitted to the extent the database sums up, and each view asks for its latest {@code PINS} events with the
     * number held back.
     */
    static final int PINS = 2_000;

    static final String CREDITS = "Gazetteer data © GeoNames (CC-BY 4.0); Natural Earth (public domain)";

    private final DashboardData data;
    final FilterPanel filters = new FilterPanel();
    final EventMap map = new EventMap();
    /** The events marked for the briefing, shared by the list, the panel and the export. */
    final PickedEvents picks = new PickedEvents();

    final EventListPanel list = new EventListPanel(picks);
    final EventPanel details = new EventPanel(picks);
    final PlaceSearch placeSearch;
    final ReaderPanel reader = new ReaderPanel();
    /** Every stored event, while the list does not follow the map's view; else empty. */
    private List<GeoEvent> all = List.of();
    /** The events the map holds now. */
    private List<GeoEvent> onMap = List.of();
    /** The map's view as it last reported it (debounced on OpenLayers' moveend); null until then. */
    private MapExtent view;
    /** The map's zoom level as it last reported it (0 until then): the grid's cell size. */
    private double zoom;
    /** How many events are stored and where, as the database summed them up at the last reload. */
    private EventExtent stored = EventExtent.NONE;
    /**
     * What the database said of every event in the view (filters aside): the timeline's background bars and
     * the number in view. A filter change keeps them; a pan, a zoom or a reload asks again. Null: not asked yet.
     */
    private ViewSummary summary;

    private static final class ViewSummary {
        final EventQuery.BBox box;
        final java.util.SortedMap<java.time.LocalDate, Integer> bars;
        /** Asked only when the list shows it (not while pins are held back). */
        Integer count;

        ViewSummary(EventQuery.BBox box, java.util.SortedMap<java.time.LocalDate, Integer> bars) {
            this.box = box;
            this.bars = bars;
        }
    }

    /** The map must be sent {@link #all} again. */
    private boolean resend = true;

    private Map<String, String> sourceOfArticle = Map.of();
    private Map<String, List<String>> namesOfArticle = Map.of();
    private EventFilter filter = EventFilter.ALL;
    private final CorrectionFlow corrections;
    ImportDialog importDialog;
    final Button importButton = new Button("Import…");
    /** Shown while the sample articles of a first start are still being read. */
    final Span sampleNotice = new Span("Reading the sample articles… their events appear here in a few seconds.");

    public MapView(DashboardData data) {
        this.data = data;
        map.setAreaShapes(data::areaShape);
        this.corrections = new CorrectionFlow(
                data, map, reader, this::reload, () -> filter, id -> namesOfArticle.getOrDefault(id, List.of()));
        importButton.addClickListener(e -> openImport());
        Button exportButton = new Button("Export…", e -> openExport());
        exportButton.setId("export-button");
        placeSearch = new PlaceSearch(data::searchPlaces);
        placeSearch.addValueChangeListener(e -> {
            if (e.getValue() != null) map.flyTo(e.getValue().point(), PlaceSearch.zoomFor(e.getValue()));
        });
        // a viewer may not import or correct: hidden here, refused by the facade whatever the browser sends
        importButton.setVisible(data.mayChange());
        reader.setCorrectable(data.mayChange());
        sampleNotice.setId("sample-notice");
        sampleNotice.getStyle().set("color", "var(--lumo-secondary-text-color)");
        sampleNotice.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(
                new H2("GeoBrief"),
                importButton,
                exportButton,
                routerLink("articles", "Articles"),
                placeSearch,
                sampleNotice);
        header.setAlignItems(Alignment.BASELINE);
        map.setSizeFull();
        SplitLayout mapAndList = new SplitLayout(map, list, SplitLayout.Orientation.VERTICAL);
        mapAndList.setSplitterPosition(68);
        VerticalLayout side = new VerticalLayout(details, reader);
        side.setPadding(false);
        side.setSizeFull();
        side.getStyle().set("overflow", "hidden");
        // the event stays in view above the reader; each scrolls on its own (and never sideways). Until an article
        // is open the panel may take the whole height: the reader is empty
        details.getStyle()
                .set("max-height", "100%")
                .set("overflow", "auto")
                .set("flex-shrink", "0")
                .set("overflow-wrap", "anywhere")
                .set("box-sizing", "border-box");
        reader.getStyle().set("min-height", "0").set("flex", "1 1 0");
        SplitLayout body = new SplitLayout(mapAndList, side);
        body.setSplitterPosition(64);
        body.setSizeFull();
        Span credits = new Span(CREDITS);
        credits.setId("credits");
        credits.getStyle()
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("color", "var(--lumo-secondary-text-color)");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(header, filters, body, credits);
        setFlexGrow(1, body);
        header.setPadding(true);
        filters.getStyle().set("padding", "0 var(--lumo-space-m)");

        filters.addChangedListener(e -> applyFilter(e.filter(), true));
        map.addPinSelectedListener(e -> showEvents(e.eventIds()));
        map.addMapClickedListener(e -> corrections.picked(e.point(), e.reachKm()));
        map.addViewChangedListener(e -> {
            map.setTowns(data.townsIn(e.extent(), e.zoom(), TOWNS));
            view = e.extent();
            zoom = e.zoom();
            if (list.inView.getValue()) show(filter, true);
        });
        list.inView.addValueChangeListener(e -> reload());
        list.addEventChosenListener(e -> chooseEvent(e.event()));
        details.addEventChosenListener(e -> chooseEvent(e.event()));
        details.setSourceNames(id -> sourceOfArticle.getOrDefault(id, ""));
        reader.addEventChosenListener(e -> chooseEvent(e.event()));
        details.addSentenceOpenedListener(e -> openReader(e.source()));
        reader.addMentionClickedListener(e -> flyToMention(e.mention()));
        reader.addCorrectionRequestedListener(e -> corrections.start(e.mention()));
        reload();
        if (!samplesRead()) {
            sampleNotice.setVisible(true);
            addAttachListener(e -> watchSampleImports(e.getUI()));
        }
    }

    private boolean samplesRead() {
        return data.sampleImports().stream().allMatch(DashboardData.ImportJob::isDone);
    }

    /** Polls until the first start's sample imports end, then shows their events. */
    private void watchSampleImports(UI ui) {
        if (!sampleNotice.isVisible()) {
            return;
        }
        ui.setPollInterval(500);
        Registration[] poll = new Registration[1];
        poll[0] = ui.addPollListener(e -> {
            if (samplesRead()) {
                poll[0].remove();
                ui.setPollInterval(-1);
                sampleNotice.setVisible(false);
                reload();
                fitMap();
            }
        });
        addDetachListener(e -> {
            poll[0].remove();
            ui.setPollInterval(-1);
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyFilter(EventFilter.of(event.getLocation().getQueryParameters()), false);
        fitMap();
    }

    /** Fits the map to the stored events: to their pins when all are sent, else to their extent. */
    private void fitMap() {
        EventQuery.BBox b = stored.bbox();
        if (large() && b != null) map.fitExtent(b.minLon(), b.minLat(), b.maxLon(), b.maxLat());
        else map.fitPins();
    }

    /** More events are stored than the map is sent at once: every query goes to the database, bounded. */
    boolean large() {
        return stored.count() > PINS;
    }

    /**
     * Shows the events again after an import or a correction: those in the map's view from the database when the list
     * follows the view (and the map has reported one), else every event, read once and filtered here. A store of more
     * than {@link #PINS} events is never read whole: the database counts them and sums up their extent, and every
     * view or filter asks it for at most {@link #PINS} of them.
     */
    void reload() {
        List<ArticleSummary> articles = data.articles(); // once: it reads every stored article
        sourceOfArticle = articles.stream()
                .collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::shownSource, (a, b) -> a));
        namesOfArticle = articles.stream()
                .collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::sourceNames, (a, b) -> a));
        stored = data.extent(EventQuery.all());
        summary = null;
        if (large()) {
            all = List.of();
        } else if (viewed() == null) {
            all = data.events();
            picks.retain(all.stream().map(GeoEvent::id).collect(Collectors.toSet()));
        }
        resend = true;
        show(filter, false);
    }

    void applyFilter(EventFilter f, boolean updateUrl) {
        show(f, false);
        if (updateUrl) {
            // straight to the browser's history in the same response as the timeline's label: History.replaceState
            // goes through the React router's vaadin-navigate, which set the URL a render later than the label
            String query = f.toQueryParameters().getQueryString();
            getUI().ifPresent(ui -> ui.getPage()
                    .executeJs(
                            "window.history.replaceState(window.history.state, '', window.location.pathname + $0)",
                            query.isEmpty() ? "" : "?" + query));
        }
    }

    /**
     * The extent whose events the dashboard shows, as the database's query extent: the map's view when the list
     * follows it; null for everywhere (the box unticked, or no view reported yet).
     */
    EventQuery.BBox viewed() {
        return list.inView.getValue() && view != null
                ? new EventQuery.BBox(view.minLon(), view.minLat(), view.maxLon(), view.maxLat())
                : null;
    }

    /**
     * Shows the events {@code f} lets through on the map, in the list and on the timeline. Following the view, the
     * database answers the extent with the filter (pins and list), counts per day for the timeline and the total in
     * view; else every event, read once by {@link #reload}, is filtered here with the same semantics.
     *
     * @param viewMoved the map was panned or zoomed: the selected event stays in the panel even if out of view now
     */
    private void show(EventFilter f, boolean viewMoved) {
        filter = f;
        EventQuery.BBox box = viewed();
        if (box == null && viewMoved) return;
        List<GeoEvent> shown;
        if (box == null && large() && list.inView.getValue()) {
            // before the map's first view (fitted to the stored extent) nothing is worth reading
            shown = List.of();
            onMap = shown;
            map.setAllEvents(shown);
            resend = true;
            list.show(shown, 0);
            list.count.setText("Reading the events in view…");
        } else if (box == null && !large()) {
            Function<String, List<String>> source = id -> namesOfArticle.getOrDefault(id, List.of());
            List<GeoEvent> undated =
                    all.stream().filter(e -> f.matchesIgnoringDates(e, source)).toList();
            shown = undated.stream().filter(e -> f.matches(e, source)).toList();
            filters.show(
                    f,
                    all.stream().map(GeoEvent::date).filter(Objects::nonNull).toList(),
                    undated.stream()
                            .map(GeoEvent::date)
                            .filter(Objects::nonNull)
                            .toList(),
                    FilterPanel.placeChoices(all),
                    sourceOfArticle.values().stream().distinct().sorted().toList());
            if (resend) {
                onMap = all;
                map.setAllEvents(all);
                resend = false;
            }
            EventFilter anyTypeAnyDay = f.withTypes(Set.of());
            map.filter(f.from(), f.to(), f.types(), e -> anyTypeAnyDay.matchesIgnoringDates(e, source));
            list.show(shown, all.size());
        } else {
            all = List.of();
            EventQuery q = f.toQuery().within(box);
            java.util.SortedMap<java.time.LocalDate, Integer> matchingBars;
            if (summary == null || !Objects.equals(summary.box, box)) {
                EventDays days = data.eventsPerDay(EventQuery.all().within(box), q.between(null, null));
                summary = new ViewSummary(box, days.all());
                matchingBars = days.matching();
            } else {
                matchingBars = data.eventsPerDay(q.between(null, null));
            }
            shown = data.events(q, PINS);
            // as many as the cap: the database sums them up on a grid instead of sending more rows
            EventGrid grid = shown.size() < PINS ? null : data.grid(q, cellDegrees(zoom, box));
            boolean capped = grid != null && grid.total() > PINS;
            filters.show(
                    f,
                    summary.bars,
                    matchingBars,
                    placeChoices(shown, f),
                    sourceOfArticle.values().stream().distinct().sorted().toList());
            onMap = capped ? List.of() : shown;
            if (capped) {
                map.setCells(grid);
            } else {
                map.setAllEvents(shown);
                map.filter(f.from(), f.to(), f.types(), e -> true);
            }
            resend = true; // once the view is no longer followed, every event again
            if (capped) list.showCapped(shown, grid.total(), box != null);
            else if (box != null) {
                if (summary.count == null)
                    summary.count = data.countEvents(EventQuery.all().within(box));
                list.showInView(shown, summary.count);
            } else list.show(shown, stored.count());
        }
        if (viewMoved) details.viewMoved(shown);
        if (!viewMoved && details.keepVisible(shown)) map.clearSelection();
        // a correction gives a moved event a new id: ring it where it is now
        else if (!details.events().isEmpty()
                && map.selected().isPresent()
                && !map.selected().get().equals(details.events().get(0).id())) {
            map.select(details.events().get(0).id());
        }
    }

    /**
     * Side of the map's grid cells in degrees at a zoom level: 90° / 2^zoom, about 64 screen pixels (22.5° for the
     * world at zoom 2, 0.7° at zoom 7), so that a view shows a few hundred cells at most.
     */
    static double cellDegrees(double zoom) {
        return 90.0 / Math.pow(2, Math.max(0, Math.min(14, Math.floor(zoom))));
    }

    /** {@link #cellDegrees(double)}, but coarse enough that {@code box} (null: the world) holds at most ~2,000 cells. */
    static double cellDegrees(double zoom, EventQuery.BBox box) {
        double width = box == null
                ? 360
                : box.minLon() <= box.maxLon() ? box.maxLon() - box.minLon() : box.maxLon() - box.minLon() + 360;
        double height = box == null ? 170 : box.maxLat() - box.minLat();
        double coarsest = Math.sqrt(Math.max(width, 1e-6) * Math.max(height, 1e-6) / 2_000);
        double side = cellDegrees(zoom);
        while (side < coarsest) side *= 2;
        return side;
    }

    /** The place choices of the events in view, with the chosen ones kept even when none is in view. */
    private static Map<String, String> placeChoices(List<GeoEvent> inView, EventFilter f) {
        Map<String, String> choices = new java.util.LinkedHashMap<>(FilterPanel.placeChoices(inView));
        f.places().forEach(p -> choices.putIfAbsent(p, p));
        return choices;
    }

    private void showEvents(List<String> ids) {
        Map<String, GeoEvent> byId = onMap.stream().collect(Collectors.toMap(GeoEvent::id, e -> e, (a, b) -> a));
        details.show(ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    /** Shows the event with the others the filters show at the same place, and flies there. */
    private void chooseEvent(GeoEvent e) {
        List<GeoEvent> here = new java.util.ArrayList<>(List.of(e));
        map.events().stream()
                .filter(o -> o.place().geonameId() == e.place().geonameId() && !o.id().equals(e.id()))
                .forEach(here::add);
        details.show(here);
        map.select(e.id());
        // an event known only by its country: the country, not a close-up of its middle
        map.flyTo(e.place().point(), e.place().isCountry() ? 5 : 8);
    }

    private void openReader(EventSource s) {
        data.article(s.link().articleId())
                .ifPresentOrElse(
                        a -> {
                            details.getStyle().set("max-height", "45%");
                            reader.show(a, s.link().sentence());
                        },
                        () -> Notification.show("That article is no longer stored."));
    }

    private void flyToMention(ResolvedMention m) {
        if (m.isResolved()) map.flyTo(m.place().point(), m.place().isCountry() ? 5 : 8);
    }

    private void openExport() {
        // what the list shows: the filter's events in the map's view while the list follows it, else wherever they
        // are, as the database finds them; the briefing's map frames the view
        EventQuery.BBox box = viewed();
        EventQuery q = box == null ? filter.toQuery() : filter.toQuery().within(box);
        new ExportDialog(
                        q, map.extent(), data::events, data::countEvents, data::eventsWithIds, data::articleMeta, picks)
                .open();
    }

    /** One dialog per view: closed, it keeps reporting its imports (new events appear, a notification at the end). */
    private void openImport() {
        if (importDialog == null) {
            importDialog = new ImportDialog(data);
            importDialog.addImportedListener(e -> reload());
        }
        importDialog.open();
    }

    /** A link the router follows without reloading the page; unlike RouterLink it needs no route registry. */
    static Anchor routerLink(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-link", true);
        return a;
    }
}
