package org.geobrief.map.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The events map. Placeholder until the map dashboard lands. */
@Route("")
@PageTitle("GeoBrief")
public class MapView extends VerticalLayout {

    public MapView() {
        add(new H1("GeoBrief"));
    }
}
