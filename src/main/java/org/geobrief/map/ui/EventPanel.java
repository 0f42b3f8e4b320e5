package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;

/** One event's details and its source sentences; a sentence fires {@link SentenceOpened}. */
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

    private List<GeoEvent> shown = List.of();

    public EventPanel() {
        setId("event-panel");
        setPadding(true);
        show(List.of());
    }

    /**
     * Shows the first event; the others (at the same spot) as links to switch to them. With none, the hint to click a
     * pin.
     */
    public void show(List<GeoEvent> events) {
        shown = List.copyOf(events);
        removeAll();
        if (events.isEmpty()) {
            add(new Paragraph("Click a pin to see its event."));
            return;
        }
        GeoEvent e = events.get(0);
        add(new H3(e.type().label() + " — " + e.subtype() + (e.planned() ? " (planned)" : "")));
        add(fact("Family", e.family().label()));
        add(fact(
                "Date",
                (e.date() == null ? "not stated" : e.date().toString()) + " (time precision "
                        + e.timePrecision().code() + ")"));
        add(fact(
                "Place",
                e.whereInWords() + ", " + e.place().countryCode() + " (geo precision " + e.geoPrecision() + ")"));
        add(fact("Actors", e.actors().isEmpty() ? "—" : String.join("; ", e.actors())));
        add(fact(
                "Fatalities",
                e.fatalities() == null ? "not stated" : e.fatalities().toString()));
        add(fact("Confidence", String.format("%.2f", e.confidence())));
        add(new Span(e.sources().size() == 1 ? "Source sentence:" : e.sources().size() + " source sentences:"));
        for (EventSource s : e.sources()) {
            // a quoted sentence reads as a link and wraps; a Button would keep it on one line
            Div sentence = new Div("“" + s.sentence() + "”");
            sentence.addClickListener(c -> fireEvent(new SentenceOpened(this, s)));
            sentence.addClassName("source-sentence");
            sentence.getElement().setAttribute("role", "link");
            sentence.getElement().setAttribute("tabindex", "0");
            sentence.getStyle()
                    .set("color", "var(--lumo-primary-text-color)")
                    .set("cursor", "pointer")
                    .set("padding", "var(--lumo-space-xs) 0");
            add(sentence);
        }
        if (events.size() > 1) {
            add(new Span((events.size() - 1) + " more at this spot:"));
            for (GeoEvent other : events.subList(1, events.size())) {
                List<GeoEvent> reordered = new java.util.ArrayList<>(events);
                reordered.remove(other);
                reordered.add(0, other);
                Button b = new Button(
                        other.date() + " " + other.type().label() + " — " + other.subtype(), c -> show(reordered));
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                add(b);
            }
        }
    }

    /** The events shown, the one in full first; empty when none is. */
    public List<GeoEvent> events() {
        return shown;
    }

    /**
     * After the filters changed: keeps showing the events still {@code visible} (as they are there, by id) and drops
     * the others; when the event shown in full is no longer visible, shows none.
     *
     * @return whether the event shown in full was hidden and the panel cleared
     */
    public boolean keepVisible(List<GeoEvent> visible) {
        if (shown.isEmpty()) return false;
        Map<String, GeoEvent> byId = visible.stream().collect(Collectors.toMap(GeoEvent::id, e -> e, (a, b) -> a));
        boolean hidden = !byId.containsKey(shown.get(0).id());
        List<GeoEvent> kept = hidden
                ? List.of()
                : shown.stream()
                        .map(e -> byId.get(e.id()))
                        .filter(Objects::nonNull)
                        .toList();
        if (!kept.equals(shown)) show(kept);
        return hidden;
    }

    public Registration addSentenceOpenedListener(ComponentEventListener<SentenceOpened> listener) {
        return addListener(SentenceOpened.class, listener);
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label + ": ");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(l, new Span(value));
    }
}
