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
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Events over time as a histogram with a date range (brush, two thumbs) and playback ({@code
 * frontend/geobrief-timeline.ts}). The axis spans every event's date, whatever the other filters; the events those
 * filters let through are drawn inside it. The axis only widens while the view lives: panning to where fewer events
 * are keeps the whole span, with the counts there drawn inside it. The client bins by day, week or month from the span; the label it shows
 * is the range the map shows, which the server confirms after each change.
 */
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
    private LocalDate last;
    /** The axis spans dates of events (not the empty placeholder of a store without any). */
    private boolean spanKnown;
    /** The counts per day last drawn as the axis's bars. */
    private SortedMap<LocalDate, Integer> axisCounts;

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
        setDates(dates, dates, rangeFrom, rangeTo);
    }

    /**
     * @param axisDates every event's date: the axis spans them and their counts are drawn faintly
     * @param dates the dates of the events the other filters let through, drawn inside
     */
    public void setDates(
            Collection<LocalDate> axisDates, Collection<LocalDate> dates, LocalDate rangeFrom, LocalDate rangeTo) {
        setDayCounts(countPerDay(axisDates), countPerDay(dates), rangeFrom, rangeTo);
    }

    /**
     * As {@link #setDates(Collection, Collection, LocalDate, LocalDate)} with the events counted per day already (as
     * the database counts them, {@code EventCatalog.histogram}).
     */
    public void setDayCounts(
            SortedMap<LocalDate, Integer> axis,
            SortedMap<LocalDate, Integer> counts,
            LocalDate rangeFrom,
            LocalDate rangeTo) {
        // the axis only widens: where the map's view holds fewer events (or none) it keeps the whole span seen, with
        // that view's counts drawn in it, instead of rescaling to them (or to today, for an empty view)
        LocalDate start = first;
        LocalDate end = last;
        if (!axis.isEmpty()) {
            start = spanKnown && start.isBefore(axis.firstKey()) ? start : axis.firstKey();
            end = spanKnown && end.isAfter(axis.lastKey()) ? end : axis.lastKey();
            spanKnown = true;
        } else if (!spanKnown) {
            start = end = LocalDate.now();
        }
        if (!start.equals(first) || !end.equals(last) || !axis.equals(axisCounts)) {
            first = start;
            last = end;
            days = (int) ChronoUnit.DAYS.between(first, last) + 1;
            axisCounts = new TreeMap<>(axis);
            getElement().setPropertyJson("totals", perDay(axis));
            getElement().setProperty("start", first.toString());
        }
        getElement().setPropertyJson("counts", perDay(counts));
        from = rangeFrom == null ? 0 : index(rangeFrom);
        to = rangeTo == null ? days - 1 : Math.max(from, index(rangeTo));
        getElement().setProperty("from", from);
        getElement().setProperty("to", to);
        // what the map shows now: the label says this, and playback waits for it before the next step
        getElement().setProperty("shownFrom", from);
        getElement().setProperty("shownTo", to);
    }

    static SortedMap<LocalDate, Integer> countPerDay(Collection<LocalDate> dates) {
        SortedMap<LocalDate, Integer> counts = new TreeMap<>();
        dates.forEach(d -> counts.merge(d, 1, Integer::sum));
        return counts;
    }

    private ArrayNode perDay(SortedMap<LocalDate, Integer> dayCounts) {
        int[] counts = new int[days];
        dayCounts.forEach((d, n) -> {
            long i = ChronoUnit.DAYS.between(first, d);
            if (i >= 0 && i < days) counts[(int) i] += n;
        });
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (int c : counts) json.add(c);
        return json;
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
