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
import com.vaadin.flow.router.Location;
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
import org.geobrief.briefing.ui.ExportDialog;
import org.geobrief.briefing.ui.PickedEvents;
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
    private List<GeoEvent> all = List.of();
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
        this.corrections = new CorrectionFlow(data, map, reader, this::reload);
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
        // the event stays in view above the reader; each scrolls on its own
        details.getStyle().set("max-height", "45%").set("overflow", "auto").set("flex-shrink", "0");
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
        map.addViewChangedListener(e -> map.setTowns(data.townsIn(e.extent(), e.zoom(), TOWNS)));
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
                map.fitPins();
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
        map.fitPins();
    }

    /** Reads every event again (after an import or a correction) and shows them through the current filter. */
    void reload() {
        all = data.events();
        sourceOfArticle = data.articles().stream()
                .collect(Collectors.toMap(ArticleSummary::id, MapView::sourceName, (a, b) -> a));
        namesOfArticle = data.articles().stream()
                .collect(Collectors.toMap(
                        ArticleSummary::id,
                        a -> java.util.stream.Stream.of(a.source(), a.outlet())
                                .filter(Objects::nonNull)
                                .toList(),
                        (a, b) -> a));
        map.setAllEvents(all);
        picks.retain(all.stream().map(GeoEvent::id).collect(Collectors.toSet()));
        applyFilter(filter, false);
    }

    void applyFilter(EventFilter f, boolean updateUrl) {
        filter = f;
        Function<String, List<String>> source = id -> namesOfArticle.getOrDefault(id, List.of());
        List<GeoEvent> undated =
                all.stream().filter(e -> f.matchesIgnoringDates(e, source)).toList();
        List<GeoEvent> shown =
                undated.stream().filter(e -> f.matches(e, source)).toList();
        filters.show(
                f,
                all.stream().map(GeoEvent::date).filter(Objects::nonNull).toList(),
                undated.stream().map(GeoEvent::date).filter(Objects::nonNull).toList(),
                FilterPanel.placeChoices(all),
                sourceOfArticle.values().stream().distinct().sorted().toList());
        EventFilter anyTypeAnyDay = f.withTypes(Set.of());
        map.filter(f.from(), f.to(), f.types(), e -> anyTypeAnyDay.matchesIgnoringDates(e, source));
        list.show(shown, all.size());
        if (details.keepVisible(shown)) map.clearSelection();
        // a correction gives a moved event a new id: ring it where it is now
        else if (!details.events().isEmpty()
                && map.selected().isPresent()
                && !map.selected().get().equals(details.events().get(0).id())) {
            map.select(details.events().get(0).id());
        }
        if (updateUrl) {
            getUI().ifPresent(ui ->
                    ui.getPage().getHistory().replaceState(null, new Location("", f.toQueryParameters())));
        }
    }

    private void showEvents(List<String> ids) {
        Map<String, GeoEvent> byId = all.stream().collect(Collectors.toMap(GeoEvent::id, e -> e, (a, b) -> a));
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
        map.flyTo(e.place().point(), 8);
    }

    private void openReader(EventSource s) {
        data.article(s.link().articleId())
                .ifPresentOrElse(
                        a -> reader.show(a, s.link().sentence()),
                        () -> Notification.show("That article is no longer stored."));
    }

    private void flyToMention(ResolvedMention m) {
        if (m.isResolved()) map.flyTo(m.place().point(), m.place().isCountry() ? 5 : 8);
    }

    private void openExport() {
        List<GeoEvent> shown = map.events();
        new ExportDialog(filter.toQuery(), map.extent(), q -> shown, data::articleMeta, picks).open();
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

    private static String sourceName(ArticleSummary a) {
        return a.outlet() == null || a.outlet().isBlank() ? a.source() : a.outlet();
    }
}
