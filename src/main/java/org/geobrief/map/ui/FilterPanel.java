package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.geobrief.events.EventFamily;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;

/** Date range (timeline), event type, place/country, source and minimum confidence; fires {@link Changed}. */
public class FilterPanel extends HorizontalLayout {

    /** The user changed a filter. */
    public static class Changed extends ComponentEvent<FilterPanel> {
        Changed(FilterPanel source) {
            super(source, true);
        }

        public EventFilter filter() {
            return getSource().filter();
        }
    }

    final TimelineSlider timeline = new TimelineSlider();
    final MultiSelectComboBox<EventFamily> families = new MultiSelectComboBox<>("Family", EventFamily.values());
    final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>("Type", EventType.values());
    final MultiSelectComboBox<String> places = new MultiSelectComboBox<>("Place / country");
    final MultiSelectComboBox<String> sources = new MultiSelectComboBox<>("Source");
    final NumberField minConfidence = new NumberField("Min. confidence");
    /**
     * Every place label shown so far: a chosen place that has left the choices (panned out of view, or corrected to
     * another place) keeps its name on its chip instead of its bare GeoNames id.
     */
    private final Map<String, String> placeLabels = new java.util.HashMap<>();

    private boolean updating;

    public FilterPanel() {
        types.setItemLabelGenerator(EventType::label);
        families.setItemLabelGenerator(EventFamily::label);
        // a family is a shortcut that selects its types; the filter itself stays a set of types
        families.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                types.setValue(Arrays.stream(EventType.values())
                        .filter(t -> e.getValue().contains(t.family()))
                        .collect(Collectors.toSet()));
            }
        });
        places.setItemLabelGenerator(p -> placeLabels.getOrDefault(p, p));
        minConfidence.setMin(0);
        minConfidence.setMax(1);
        minConfidence.setStep(0.1);
        minConfidence.setStepButtonsVisible(true);
        minConfidence.setWidth("8.5em"); // its whole label, "Min. confidence", beside the step buttons
        // rem, not em: the timeline's own font is 12 px, and 17em of it was narrower than its controls and track
        timeline.setWidth("30rem");
        timeline.getStyle().set("flex", "1 1 20rem").set("min-width", "18rem");
        // the filters share one row down to 1024 pixels: each starts narrow and grows into the space there is
        for (var filter : List.of(families, types, places, sources)) {
            filter.setWidth("7rem");
            filter.getStyle().set("flex", "1 1 7rem").set("max-width", "11rem");
        }
        getStyle().set("flex-wrap", "wrap");
        setId("filters");
        setAlignItems(FlexComponent.Alignment.END);
        setWidthFull();
        add(timeline, families, types, places, sources, minConfidence);
        timeline.addRangeChangedListener(e -> changed());
        types.addValueChangeListener(e -> changed());
        places.addValueChangeListener(e -> changed());
        sources.addValueChangeListener(e -> changed());
        minConfidence.addValueChangeListener(e -> changed());
    }

    /**
     * Sets the choices and the current filter without firing {@link Changed}.
     *
     * @param dates the date of every event the other filters allow, for the histogram
     * @param placeLabels choosable places: country code or GeoNames id to a label
     */
    public void show(
            EventFilter filter,
            Collection<LocalDate> dates,
            Map<String, String> placeLabels,
            List<String> sourceNames) {
        show(filter, dates, dates, placeLabels, sourceNames);
    }

    /** @param axisDates every event's date, so that the timeline's axis stays put when a filter changes */
    public void show(
            EventFilter filter,
            Collection<LocalDate> axisDates,
            Collection<LocalDate> dates,
            Map<String, String> placeLabels,
            List<String> sourceNames) {
        show(
                filter,
                TimelineSlider.countPerDay(axisDates),
                TimelineSlider.countPerDay(dates),
                placeLabels,
                sourceNames);
    }

    /** @param axis events per day over every date, so that the timeline's axis stays put; {@code counts} filtered */
    public void show(
            EventFilter filter,
            SortedMap<LocalDate, Integer> axis,
            SortedMap<LocalDate, Integer> counts,
            Map<String, String> placeLabels,
            List<String> sourceNames) {
        updating = true;
        // a choice labelled by its bare key (a place no longer among the events) keeps the name it was shown with
        placeLabels.forEach((key, label) -> {
            if (!label.equals(key) || !this.placeLabels.containsKey(key)) this.placeLabels.put(key, label);
        });
        timeline.setDayCounts(axis, counts, filter.from(), filter.to());
        places.setItems(placeLabels.keySet().stream()
                .sorted((a, b) -> this.placeLabels.get(a).compareTo(this.placeLabels.get(b)))
                .toList());
        sources.setItems(sourceNames);
        types.setValue(filter.types());
        places.setValue(keep(filter.places(), placeLabels.keySet()));
        sources.setValue(keep(filter.sources(), Set.copyOf(sourceNames)));
        minConfidence.setValue(filter.minConfidence());
        updating = false;
    }

    /** The countries and places of these events, as filter choices: code or GeoNames id to a label. */
    static Map<String, String> placeChoices(List<GeoEvent> events) {
        // a country is offered once, by its code, named when an event is placed on the country itself
        Map<String, String> countryNames = new LinkedHashMap<>();
        events.stream()
                .filter(e -> e.place().isCountry())
                .forEach(e -> countryNames.putIfAbsent(
                        e.place().countryCode(), e.place().name()));
        Map<String, String> places = new LinkedHashMap<>();
        events.forEach(e -> {
            String cc = e.place().countryCode();
            String name = countryNames.get(cc);
            places.putIfAbsent(cc, (name == null ? countryName(cc) : name) + " (whole country)");
        });
        events.stream()
                .filter(e -> !e.place().isCountry())
                .forEach(e -> places.putIfAbsent(
                        Long.toString(e.place().geonameId()),
                        e.place().name() + ", " + e.place().countryCode()));
        places.remove("");
        return places;
    }

    /** "KG" -> "Kyrgyzstan": the English name of an ISO 3166 code, or the code itself when Java does not know it. */
    static String countryName(String code) {
        String name = code.isEmpty() ? "" : new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    public EventFilter filter() {
        Double conf = minConfidence.getValue();
        return new EventFilter(
                timeline.isNarrowed() ? timeline.from() : null,
                timeline.isNarrowed() ? timeline.to() : null,
                types.getValue(),
                places.getValue(),
                sources.getValue(),
                conf == null ? 0 : conf);
    }

    public Registration addChangedListener(ComponentEventListener<Changed> listener) {
        return addListener(Changed.class, listener);
    }

    private void changed() {
        if (!updating) fireEvent(new Changed(this));
    }

    private static Set<String> keep(Set<String> wanted, Set<String> available) {
        return wanted.stream().filter(available::contains).collect(Collectors.toSet());
    }
}
