package org.geobrief.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.geobrief.base.GeoPoint;
import org.geobrief.events.EventQuery;
import org.geobrief.events.GeoEvent;
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
    private final Supplier<EventFilter> filter;
    private final Function<String, ? extends Collection<String>> namesOfArticle;
    private CorrectionDialog dialog;

    /**
     * @param filter what the dashboard shows now
     * @param namesOfArticle the names an article answers to in the Source filter
     */
    CorrectionFlow(
            DashboardData data,
            EventMap map,
            ReaderPanel reader,
            Runnable reload,
            Supplier<EventFilter> filter,
            Function<String, ? extends Collection<String>> namesOfArticle) {
        this.data = data;
        this.map = map;
        this.reader = reader;
        this.reload = reload;
        this.filter = filter;
        this.namesOfArticle = namesOfArticle;
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
        // the events at the chosen place now, and those of them the filters hide
        List<GeoEvent> there = data.events(EventQuery.all().withPlaceIds(Set.of(place.geonameId())));
        List<List<String>> hiding =
                there.stream().map(e -> filter.get().hiding(e, namesOfArticle)).toList();
        int shown = (int) hiding.stream().filter(List::isEmpty).count();
        // the map goes there only when it shows something there: a view with no pin and a filter to guess at is
        // worse than staying put and saying why (an analyst filtering a week corrects a place reported in another)
        if (shown > 0) map.flyTo(place.point(), place.isCountry() ? 5 : 8);
        Notification n = new Notification();
        Button undo = new Button("Undo", e -> {
            data.undo(c);
            reload.run();
            data.article(article.id()).ifPresent(reader::refresh);
            n.close();
        });
        n.setId("correction-notice");
        n.add(
                new Span(notice(
                        m.mention().text(),
                        place,
                        there.size(),
                        shown,
                        hiding.stream().flatMap(List::stream).distinct().toList())),
                undo);
        n.setDuration(10_000);
        n.open();
    }

    /**
     * What the analyst is told after a correction: where the name is now, how many events are there and, when the
     * filters hide some or all of them, which filters; with none shown, that the map keeps its view.
     *
     * @param there events at the place now (any article)
     * @param shown how many of them the filters show
     * @param hiddenBy the filters that hide the others ({@link EventFilter#hiding})
     */
    static String notice(String surface, Place place, int there, int shown, List<String> hiddenBy) {
        String head = "“" + surface + "” is now " + where(place);
        String events = there == 1 ? "1 event" : there + " events";
        if (there == 0) return head + ". ";
        if (shown == there) return head + "; its events moved: " + events + " there. ";
        String why = String.join(" and ", hiddenBy);
        if (shown == 0)
            return head + "; its events moved, but "
                    + (there == 1
                            ? "the 1 event there is"
                            : there == 2 ? "both events there are" : "all " + events + " there are")
                    + " hidden by " + why
                    + ", so the map keeps its view. ";
        return head + "; its events moved: " + events + " there, " + (there - shown) + " of them hidden by " + why
                + ". ";
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
