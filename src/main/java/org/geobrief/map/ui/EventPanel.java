package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geobrief.briefing.ui.PickedEvents;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.events.SourceLink;

/**
 * One event's details and all its source sentences (click or Enter: {@link SentenceOpened}); the other events at the
 * same spot first, so they show without scrolling; a star to pick the event for the briefing. With no event, the
 * most reported events the filters show.
 */
public class EventPanel extends VerticalLayout {

    /** The user wants to read a source sentence in its article. */
    public static class SentenceOpened extends ComponentEvent<EventPanel> {
        private final EventSource source;

        SentenceOpened(EventPanel panel, EventSource source) {
            super(panel, true);
            this.source = source;
        }

        public EventSource source() {
            return source;
        }
    }

    /** Most reported events listed while none is chosen. */
    static final int OVERVIEW = 8;

    private final PickedEvents picks;
    private List<GeoEvent> shown = List.of();
    private List<GeoEvent> visible = List.of();
    private Function<String, String> sourceName = id -> "";

    public EventPanel() {
        this(new PickedEvents());
    }

    public EventPanel(PickedEvents picks) {
        this.picks = picks;
        setId("event-panel");
        setPadding(true);
        setSpacing(false);
        picks.addListener(p -> {
            if (!shown.isEmpty()) show(shown);
        });
        // remembers how far the analyst scrolled, so that the same event drawn again (a correction, a pick) stays there
        getElement().executeJs("this.addEventListener('scroll', () => { this.__top = this.scrollTop; })");
        show(List.of());
    }

    /** How to name an article's source ("Reuters") under its sentences. */
    void setSourceNames(Function<String, String> sourceOfArticle) {
        this.sourceName = sourceOfArticle;
    }

    /**
     * Shows the first event; the others (at the same spot) as links to switch to them. With none, the most reported
     * of the events the filters let through.
     */
    public void show(List<GeoEvent> events) {
        boolean same = !shown.isEmpty() && !events.isEmpty() && sameEvent(shown.get(0), events.get(0));
        shown = List.copyOf(events);
        removeAll();
        // drawn again (a correction moved it, it was picked): where the analyst had scrolled; another: from the top
        getElement().executeJs(same ? "this.scrollTop = this.__top || 0" : "this.scrollTop = 0; this.__top = 0");
        if (events.isEmpty()) {
            showOverview();
            return;
        }
        GeoEvent e = events.get(0);
        H3 heading = new H3(e.type().label() + " — " + e.subtype() + (e.planned() ? " (planned)" : ""));
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        boolean picked = picks.contains(e.id());
        Button pick = new Button(picked ? "★ In the briefing" : "☆ Pick for the briefing", c -> picks.toggle(e.id()));
        pick.setId("pick-event");
        pick.addThemeVariants(
                ButtonVariant.LUMO_SMALL, picked ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        add(heading, pick);
        if (events.size() > 1) add(othersAtThisSpot(events));
        add(fact("Family", e.family().label()));
        add(fact("Date", e.whenInWords()));
        add(fact("Place", e.whereInWords() + ", " + e.place().countryCode()));
        add(fact("Actors", e.actors().isEmpty() ? "—" : String.join("; ", e.actors())));
        add(fact(
                "Fatalities",
                e.fatalities() == null ? "not stated" : e.fatalities().toString()));
        add(fact("Confidence", String.format("%.2f", e.confidence())));
        List<EventSource> sources = distinct(e.sources());
        Span count = new Span(sources.size() == 1 ? "Source sentence:" : sources.size() + " source sentences:");
        count.getStyle().set("margin-top", "var(--lumo-space-s)").set("font-weight", "600");
        add(count);
        // a few thousand sentence links froze the page: one pasted 3 MB text repeating a sentence made one event with
        // 80,001 sources (walkthrough); the reader shows them all, marked, from the first one
        sources.stream().limit(LISTED).forEach(s -> add(sentence(s)));
        if (sources.size() > LISTED) {
            Span more = new Span("… and " + (sources.size() - LISTED) + " more source sentences.");
            more.setId("more-sources");
            add(more);
        }
    }

    /** Source sentences of one event listed in the panel at most. */
    static final int LISTED = 50;

    private Div othersAtThisSpot(List<GeoEvent> events) {
        Span more = new Span((events.size() - 1) + " more at this spot:");
        more.getStyle().set("margin-right", "var(--lumo-space-s)");
        Div box = new Div(more);
        box.setId("same-spot");
        box.getStyle()
                .set("font-size", "var(--lumo-font-size-s)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin", "var(--lumo-space-xs) 0");
        for (GeoEvent other : events.subList(1, events.size())) {
            List<GeoEvent> reordered = new ArrayList<>(events);
            reordered.remove(other);
            reordered.add(0, other);
            NativeButton b = linkButton(
                    (other.date() == null ? "undated" : other.date().toString()) + " "
                            + other.type().label() + " — " + other.subtype(),
                    () -> show(reordered));
            b.addClassName("same-spot-event");
            b.getStyle().set("margin-right", "var(--lumo-space-s)");
            box.add(b);
        }
        return box;
    }

    /**
     * A button that looks like a link and wraps its label: a vaadin-button keeps one line, which scrolled the panel
     * sideways at 1024 pixels.
     */
    private static NativeButton linkButton(String label, Runnable action) {
        NativeButton b = new NativeButton(label, c -> action.run());
        b.getStyle()
                .set("white-space", "normal")
                .set("overflow-wrap", "anywhere")
                .set("text-align", "left")
                .set("margin", "2px 0")
                .set("padding", "2px 0")
                .set("border", "none")
                .set("background", "none")
                .set("font", "inherit")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-primary-text-color)")
                .set("cursor", "pointer");
        return b;
    }

    /** The quoted sentence as a link (click, Enter), then where it was read. */
    private Div sentence(EventSource s) {
        // a quoted sentence reads as a link and wraps; a Button would keep it on one line
        Div sentence = new Div("“" + s.sentence() + "”");
        Div row = new Div(sentence);
        String from = sourceName.apply(s.link().articleId());
        if (from != null && !from.isBlank()) {
            Span by = new Span("— " + from);
            by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            row.add(by);
        }
        row.getStyle().set("padding-bottom", "var(--lumo-space-xs)");
        sentence.addClickListener(c -> fireEvent(new SentenceOpened(this, s)));
        DomListenerRegistration enter =
                sentence.getElement().addEventListener("keydown", k -> fireEvent(new SentenceOpened(this, s)));
        enter.setFilter("event.key === 'Enter' || event.key === ' '");
        enter.preventDefault();
        sentence.addClassName("source-sentence");
        sentence.getElement().setAttribute("role", "link");
        sentence.getElement().setAttribute("tabindex", "0");
        sentence.getStyle()
                .set("color", "var(--lumo-primary-text-color)")
                .set("cursor", "pointer")
                .set("padding", "var(--lumo-space-xs) 0 0 0");
        return row;
    }

    private void showOverview() {
        Paragraph hint = new Paragraph("Click a pin to see its event.");
        hint.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");
        add(hint);
        if (visible.isEmpty()) return;
        Span title = new Span(
                visible.size() == 1
                        ? "The one event shown:"
                        : "Most reported of the " + visible.size() + " events shown:");
        title.getStyle().set("font-weight", "600");
        add(title);
        visible.stream()
                .sorted(Comparator.<GeoEvent>comparingInt(e -> e.sources().size())
                        .reversed()
                        .thenComparing(GeoEvent::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(OVERVIEW)
                .forEach(e -> {
                    NativeButton b = linkButton(
                            (e.date() == null ? "undated" : e.date().toString()) + " "
                                    + e.type().label() + " — " + e.place().name() + " ("
                                    + e.sources().size() + ")",
                            () -> fireEvent(new EventChosen(this, e)));
                    b.addClassName("overview-event");
                    b.getStyle().set("display", "block").set("width", "100%");
                    add(b);
                });
    }

    /**
     * The map's view moved: the overview (shown while no event is chosen) lists the most reported of the events in
     * view now. A chosen event stays, in view or not.
     */
    public void viewMoved(List<GeoEvent> visible) {
        this.visible = List.copyOf(visible);
        if (shown.isEmpty()) show(List.of());
    }

    /** The events shown, the one in full first; empty when none is. */
    public List<GeoEvent> events() {
        return shown;
    }

    /**
     * After the filters changed or the events were read again: keeps showing the events still {@code visible} (as
     * they are there, by id; an event whose id changed because a correction moved it is found again by its source
     * sentences) and drops the others; when the event shown in full is no longer visible, shows none.
     *
     * @return whether the event shown in full was hidden and the panel cleared
     */
    public boolean keepVisible(List<GeoEvent> visible) {
        this.visible = List.copyOf(visible);
        if (shown.isEmpty()) {
            show(List.of());
            return false;
        }
        Map<String, GeoEvent> byId = visible.stream().collect(Collectors.toMap(GeoEvent::id, e -> e, (a, b) -> a));
        Map<SourceLink, GeoEvent> bySource = new LinkedHashMap<>();
        visible.forEach(e -> e.sources().forEach(s -> bySource.putIfAbsent(s.link(), e)));
        List<GeoEvent> kept = shown.stream()
                .map(e -> byId.containsKey(e.id()) ? byId.get(e.id()) : sameReport(e, bySource))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        boolean hidden = kept.isEmpty() || !sameEvent(shown.get(0), kept.get(0));
        if (hidden) kept = List.of();
        if (!kept.equals(shown)) show(kept);
        return hidden;
    }

    private static GeoEvent sameReport(GeoEvent e, Map<SourceLink, GeoEvent> bySource) {
        return e.sources().stream()
                .map(s -> bySource.get(s.link()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static boolean sameEvent(GeoEvent a, GeoEvent b) {
        return a.id().equals(b.id())
                || a.sources().stream().anyMatch(s -> b.sources().stream()
                        .anyMatch(t -> t.link().equals(s.link())));
    }

    private static List<EventSource> distinct(List<EventSource> sources) {
        Map<SourceLink, EventSource> byLink = new LinkedHashMap<>();
        sources.forEach(s -> byLink.putIfAbsent(s.link(), s));
        return List.copyOf(byLink.values());
    }

    public Registration addSentenceOpenedListener(ComponentEventListener<SentenceOpened> listener) {
        return addListener(SentenceOpened.class, listener);
    }

    public Registration addEventChosenListener(ComponentEventListener<EventChosen> listener) {
        return addListener(EventChosen.class, listener);
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label + ": ");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(l, new Span(value));
    }
}
