package org.geobrief.map.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** Events per day as a histogram with a date range slider and playback ({@code frontend/geobrief-timeline.ts}). */
@Tag("geobrief-timeline")
@JsModule("./geobrief-timeline.ts")
public class TimelineSlider extends Component implements HasSize {

    /** The user moved the range (or playback did): the chosen days, inclusive. */
    public static class RangeChanged extends ComponentEvent<TimelineSlider> {
        private final LocalDate from;
        private final LocalDate to;

        RangeChanged(TimelineSlider source, LocalDate from, LocalDate to) {
            super(source, true);
            this.from = from;
            this.to = to;
        }

        public LocalDate from() {
            return from;
        }

        public LocalDate to() {
            return to;
        }
    }

    private LocalDate first;
    private int days;
    private int from;
    private int to;

    public TimelineSlider() {
        getElement()
                .addEventListener("range-changed", e -> {
                    from = (int) e.getEventData().getNumber("event.detail.from");
                    to = (int) e.getEventData().getNumber("event.detail.to");
                    fireEvent(new RangeChanged(this, day(from), day(to)));
                })
                .addEventData("event.detail.from")
                .addEventData("event.detail.to")
                .debounce(250);
    }

    /** Draws one bar per day from the first to the last date; keeps the range within them. */
    public void setDates(Collection<LocalDate> dates, LocalDate rangeFrom, LocalDate rangeTo) {
        first = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElse(first);
        days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        int[] counts = new int[days];
        dates.forEach(d -> counts[(int) ChronoUnit.DAYS.between(first, d)]++);
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (int c : counts) json.add(c);
        getElement().setPropertyJson("counts", json);
        getElement().setProperty("start", first.toString());
        from = rangeFrom == null ? 0 : index(rangeFrom);
        to = rangeTo == null ? days - 1 : Math.max(from, index(rangeTo));
        getElement().setProperty("from", from);
        getElement().setProperty("to", to);
    }

    public LocalDate from() {
        return day(from);
    }

    public LocalDate to() {
        return day(to);
    }

    /** Whether the range leaves out some days (else the date filter is off). */
    public boolean isNarrowed() {
        return from > 0 || to < days - 1;
    }

    /** As if the user moved the slider. */
    public void select(LocalDate rangeFrom, LocalDate rangeTo) {
        from = index(rangeFrom);
        to = Math.max(from, index(rangeTo));
        getElement().setProperty("from", from);
        getElement().setProperty("to", to);
        fireEvent(new RangeChanged(this, day(from), day(to)));
    }

    public Registration addRangeChangedListener(ComponentEventListener<RangeChanged> listener) {
        return addListener(RangeChanged.class, listener);
    }

    private int index(LocalDate d) {
        return (int) Math.max(0, Math.min(days - 1, ChronoUnit.DAYS.between(first, d)));
    }

    private LocalDate day(int index) {
        return first.plusDays(index);
    }
}
