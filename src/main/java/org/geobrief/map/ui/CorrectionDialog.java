package org.geobrief.map.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.geobrief.gazetteer.Place;
import org.geobrief.gazetteer.PlaceCandidate;
import org.geobrief.geoparse.ResolvedMention;

/**
 * Picks the right place for a mention: one of its ranked candidates, a gazetteer search, or a point on the map.
 * Fires {@link PlaceChosen} or {@link PickOnMapRequested}; the view does the rest.
 */
public class CorrectionDialog extends Dialog {

    public static class PlaceChosen extends ComponentEvent<CorrectionDialog> {
        private final Place place;
        private final boolean everywhere;

        PlaceChosen(CorrectionDialog dialog, Place place, boolean everywhere) {
            super(dialog, true);
            this.place = place;
            this.everywhere = everywhere;
        }

        public Place place() {
            return place;
        }

        /** Every mention of the name in the source document, not only this one. */
        public boolean everywhere() {
            return everywhere;
        }
    }

    public static class PickOnMapRequested extends ComponentEvent<CorrectionDialog> {
        PickOnMapRequested(CorrectionDialog dialog) {
            super(dialog, true);
        }
    }

    private final ResolvedMention mention;
    final RadioButtonGroup<Place> candidates = new RadioButtonGroup<>("Candidates");
    final ComboBox<Place> search = new ComboBox<>("Search the gazetteer");
    final Checkbox everywhere = new Checkbox("Every mention of this name in the document");
    final Button apply = new Button("Apply");
    private final List<Place> offered = new ArrayList<>();

    /** @param searchPlaces prefix and limit to matching places, most important first */
    public CorrectionDialog(ResolvedMention mention, BiFunction<String, Integer, List<Place>> searchPlaces) {
        this.mention = mention;
        setHeaderTitle("Where is “" + mention.mention().text() + "”?");
        mention.candidates().stream().map(PlaceCandidate::place).forEach(offered::add);
        if (mention.isResolved() && !offered.contains(mention.place())) offered.add(0, mention.place());
        candidates.setItems(offered);
        candidates.setItemLabelGenerator(this::label);
        if (mention.isResolved()) candidates.setValue(mention.place());
        search.setItems(q -> searchPlaces.apply(q.getFilter().orElse(""), q.getOffset() + q.getLimit()).stream()
                .skip(q.getOffset())
                .limit(q.getLimit()));
        search.setItemLabelGenerator(CorrectionDialog::describe);
        search.setWidthFull();
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) offer(e.getValue());
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> {
            if (candidates.getValue() != null) {
                fireEvent(new PlaceChosen(this, candidates.getValue(), everywhere.getValue()));
                close();
            }
        });
        Button pick = new Button("Pick on map", e -> fireEvent(new PickOnMapRequested(this)));
        add(new Span(mention.candidates().isEmpty() ? "No ranked candidates." : ""), candidates, search, everywhere);
        getFooter().add(pick, new Button("Cancel", e -> close()), apply);
        setWidth("32em");
    }

    public ResolvedMention mention() {
        return mention;
    }

    /** Adds a place (from the search or the map) to the top of the list and selects it. */
    public void offer(Place place) {
        offered.remove(place);
        offered.add(0, place);
        candidates.setItems(offered);
        candidates.setValue(place);
    }

    public Registration addPlaceChosenListener(ComponentEventListener<PlaceChosen> listener) {
        return addListener(PlaceChosen.class, listener);
    }

    public Registration addPickOnMapRequestedListener(ComponentEventListener<PickOnMapRequested> listener) {
        return addListener(PickOnMapRequested.class, listener);
    }

    private String label(Place p) {
        String score = mention.candidates().stream()
                .filter(c -> c.place().equals(p))
                .map(c -> String.format(" — score %.2f", c.score()))
                .findFirst()
                .orElse("");
        return describe(p) + score;
    }

    static String describe(Place p) {
        String admin = p.admin1Name() == null || p.admin1Name().isBlank() ? "" : ", " + p.admin1Name();
        return p.name() + admin + ", " + p.countryCode() + " (" + p.featureCode()
                + (p.population() > 0 ? ", pop. " + p.population() : "") + ")";
    }
}
