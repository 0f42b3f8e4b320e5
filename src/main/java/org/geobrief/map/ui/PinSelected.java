package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import java.util.List;

/** The user clicked a pin: the ids of the events under it, most reported first. */
public class PinSelected extends ComponentEvent<EventMap> {

    private final List<String> eventIds;

    public PinSelected(EventMap source, boolean fromClient, List<String> eventIds) {
        super(source, fromClient);
        this.eventIds = List.copyOf(eventIds);
    }

    public List<String> eventIds() {
        return eventIds;
    }
}
