package org.geobrief.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import org.geobrief.events.GeoEvent;

/** The user chose an event in a panel (the list, or a sentence in the reader): show it on the map. */
public class EventChosen extends ComponentEvent<Component> {

    private final GeoEvent event;

    public EventChosen(Component source, GeoEvent event) {
        super(source, true);
        this.event = event;
    }

    public GeoEvent event() {
        return event;
    }
}
