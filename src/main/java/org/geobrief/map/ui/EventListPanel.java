package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Comparator;
import java.util.List;
import org.geobrief.briefing.ui.PickedEvents;
import org.geobrief.events.GeoEvent;

/**
 * The events the filters let through, newest first, with their count; a star column picks events for the briefing.
 * Click, Enter or Space on a row selects it and fires {@link EventChosen}. Columns fit a 1024-pixel screen: place and country share
 * one column, the narrow ones have fixed widths.
 */
public class EventListPanel extends VerticalLayout {

    final Span count = new Span();
    /**
     * On (the default): the list, its count and the timeline cover the events in the map's view, which the database
     * finds by extent; off: every event the filters let through, wherever it is.
     */
    final Checkbox inView = new Checkbox("Only events in view", true);

    final Grid<GeoEvent> grid = new Grid<>();
    private final PickedEvents picks;

    public EventListPanel() {
        this(new PickedEvents());
    }

    public EventListPanel(PickedEvents picks) {
        this.picks = picks;
        grid.addComponentColumn(this::pickButton)
                .setHeader("☆")
                .setWidth("3em")
                .setFlexGrow(0)
                .setTooltipGenerator(e -> "Pick for the briefing");
        grid.addColumn(GeoEvent::date)
                .setHeader("Date")
                .setWidth("6.8em")
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(e -> e.type().label())
                .setHeader("Type")
                .setWidth("6em")
                .setFlexGrow(1)
                .setSortable(true)
                .setTooltipGenerator(e -> e.type().label() + " — " + e.subtype());
        grid.addColumn(GeoEvent::subtype)
                .setHeader("Sub-type")
                .setWidth("6em")
                .setFlexGrow(1)
                .setTooltipGenerator(GeoEvent::subtype);
        grid.addColumn(e -> e.place().name()
                        + (e.place().countryCode().isEmpty()
                                ? ""
                                : ", " + e.place().countryCode()))
                .setHeader("Place")
                .setWidth("6em")
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(e -> e.sources().size())
                .setHeader("Rep.")
                .setWidth("3.6em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END)
                .setTooltipGenerator(e -> e.sources().size() + " reports");
        grid.addColumn(e -> String.format("%.2f", e.confidence()))
                .setHeader("Conf.")
                .setWidth("4.2em")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("event-list");
        count.setId("event-count");
        count.getStyle().set("font-weight", "bold");
        setPadding(false);
        setSpacing(false);
        inView.setId("in-view");
        inView.setTooltipText("List, count and timeline follow the map's extent; untick to list events everywhere");
        HorizontalLayout header = new HorizontalLayout(count, inView);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        add(header, grid);
        setFlexGrow(1, grid);
        // the keyboard: vaadin-grid activates (here: selects) the focused row on Space
        ((GridSingleSelectionModel<GeoEvent>) grid.setSelectionMode(Grid.SelectionMode.SINGLE))
                .setDeselectAllowed(false);
        grid.addSelectionListener(e -> {
            if (e.isFromClient()) e.getFirstSelectedItem().ifPresent(ev -> fireEvent(new EventChosen(this, ev)));
        });
        // vaadin-grid activates a row on Space only; Enter on a cell without a button does the same here
        grid.getElement()
                .executeJs("this.addEventListener('keydown', e => {"
                        + " const cell = e.composedPath()[0];"
                        + " if (e.key !== 'Enter' || this.interacting || !cell || cell.localName !== 'td') return;"
                        + " if (cell._content && cell._content.querySelector('vaadin-button')) return;"
                        + " e.preventDefault();"
                        + " cell.dispatchEvent(new KeyboardEvent('keydown', {key: ' ', code: 'Space', bubbles: true,"
                        + " composed: true})); });");
        picks.addListener(p -> grid.getDataProvider().refreshAll());
    }

    private Button pickButton(GeoEvent e) {
        boolean picked = picks.contains(e.id());
        Button b = new Button(picked ? "★" : "☆", c -> picks.toggle(e.id()));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(picked ? "Drop from the briefing" : "Pick for the briefing");
        b.addClassName("pick");
        return b;
    }

    private List<GeoEvent> listed = List.of();

    /** The events listed now. */
    public List<GeoEvent> events() {
        return listed;
    }

    /** @param total how many events there are before filtering */
    public void show(List<GeoEvent> events, int total) {
        listed = List.copyOf(events);
        grid.setItems(events.stream()
                .sorted(Comparator.comparing(GeoEvent::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        count.setText(
                events.size() == total
                        ? String.format(java.util.Locale.ROOT, total == 1 ? "%,d event" : "%,d events", total)
                        : String.format(java.util.Locale.ROOT, "%,d of %,d events", events.size(), total));
    }

    /** The events in the map's view that the filters let through, of {@code total} in view. */
    public void showInView(List<GeoEvent> events, int total) {
        show(events, total);
        count.setText(count.getText() + " in view");
    }

    /**
     * The first {@code events} of {@code matching} that the filters let through, when the dashboard holds back the
     * rest (a large shared store): says so and how to see them.
     *
     * @param inView the events are those in the map's view (else everywhere)
     */
    public void showCapped(List<GeoEvent> events, int matching, boolean inView) {
        show(events, matching);
        count.setText(String.format(
                java.util.Locale.ROOT,
                "Showing the latest %,d of %,d events%s — %s",
                events.size(),
                matching,
                inView ? " in view" : "",
                inView ? "zoom in or narrow the filters" : "tick Only events in view and zoom in"));
    }

    public Registration addEventChosenListener(ComponentEventListener<EventChosen> listener) {
        return addListener(EventChosen.class, listener);
    }
}
