package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import org.geobrief.events.GeoEvent;

/** The events the filters let through, newest first, with their count; fires {@link EventChosen}. */
public class EventListPanel extends VerticalLayout {

    final Span count = new Span();
    final Grid<GeoEvent> grid = new Grid<>();

    public EventListPanel() {
        grid.addColumn(GeoEvent::date).setHeader("Date").setAutoWidth(true).setSortable(true);
        grid.addColumn(e -> e.type().label())
                .setHeader("Type")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(GeoEvent::subtype).setHeader("Sub-type").setAutoWidth(true);
        grid.addColumn(e -> e.place().name())
                .setHeader("Place")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(e -> e.place().countryCode()).setHeader("Country").setAutoWidth(true);
        grid.addColumn(e -> e.sources().size()).setHeader("Reports").setAutoWidth(true);
        grid.addColumn(e -> String.format("%.2f", e.confidence()))
                .setHeader("Conf.")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        count.setId("event-count");
        count.getStyle().set("font-weight", "bold");
        setPadding(false);
        setSpacing(false);
        add(count, grid);
        setFlexGrow(1, grid);
        grid.addItemClickListener(e -> fireEvent(new EventChosen(this, e.getItem())));
    }

    /** @param total how many events there are before filtering */
    public void show(List<GeoEvent> events, int total) {
        grid.setItems(events.stream()
                .sorted(Comparator.comparing(GeoEvent::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        count.setText(events.size() == total ? events.size() + " events" : events.size() + " of " + total + " events");
    }

    public Registration addEventChosenListener(ComponentEventListener<EventChosen> listener) {
        return addListener(EventChosen.class, listener);
    }
}
