package org.geobrief.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.Correction;

/**
 * Correcting a wrong geocode, from a mention in the reader: the {@link CorrectionDialog} (candidates, gazetteer
 * search, or a click on the map), then the stored correction with an Undo. Part of {@link MapView}, split out to
 * keep the view short.
 */
class CorrectionFlow {

    private final DashboardData data;
    private final EventMap map;
    private final ReaderPanel reader;
    private final Runnable reload;
    private CorrectionDialog dialog;

    CorrectionFlow(DashboardData data, EventMap map, ReaderPanel reader, Runnable reload) {
        this.data = data;
        this.map = map;
        this.reader = reader;
        this.reload = reload;
    }

    void start(ResolvedMention m) {
        dialog = new CorrectionDialog(m, data::searchPlaces);
        dialog.addPlaceChosenListener(e -> correct(e.getSource().mention(), e.place(), e.everywhere()));
        dialog.addPickOnMapRequestedListener(e -> {
            e.getSource().close();
            map.setPicking(true);
            Notification.show("Click the map where “" + m.mention().text() + "” is.");
        });
        dialog.open();
    }

    /** The map was clicked while picking: offer the place there in the dialog. */
    void picked(GeoPoint point, double reachKm) {
        map.setPicking(false);
        if (dialog == null) return;
        data.placeAt(point, reachKm).ifPresentOrElse(dialog::offer, () -> Notification.show("No known place there."));
        dialog.open();
    }

    private void correct(ResolvedMention m, Place place, boolean everywhere) {
        Article article = reader.article();
        Correction c;
        try {
            c = data.correct(article.id(), m.mention().span(), place, everywhere);
        } catch (IllegalArgumentException e) {
            Notification.show("Not corrected: " + e.getMessage());
            return;
        }
        reload.run();
        data.article(article.id()).ifPresent(reader::refresh);
        Notification n = new Notification();
        Button undo = new Button("Undo", e -> {
            data.undo(c);
            reload.run();
            data.article(article.id()).ifPresent(reader::refresh);
            n.close();
        });
        n.setId("correction-notice");
        n.add(new Span("“" + m.mention().text() + "” is now " + where(place) + "; its events moved. "), undo);
        n.setDuration(10_000);
        n.open();
    }

    /**
     * The chosen place as the analyst can tell it from its namesakes: "Russia, Ohio, US", not "Russia" (which read as
     * the country after choosing the town in Ohio: browser walkthrough, round 8).
     */
    static String where(Place p) {
        String admin = p.admin1Name() == null || p.admin1Name().isBlank() || p.isCountry() ? "" : ", " + p.admin1Name();
        return p.name() + admin + ", " + p.countryCode();
    }
}
