package org.geobrief.map.ui;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.geobrief.base.GeoPoint;
import org.geobrief.base.TextSpan;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;

/**
 * What the map dashboard needs from the rest of GeoBrief, in one place: the views call only this, and one Spring
 * bean adapts it to the module facades (EventCatalog, ArticleLibrary, ArticleImport, Gazetteer).
 */
public interface DashboardData {

    /** Every stored event; the dashboard filters them itself so that map, list, counts and timeline agree. */
    List<GeoEvent> events();

    /** Every stored article, without its mentions. */
    List<Article> articles();

    Optional<ReaderArticle> article(String articleId);

    /** Gazetteer places whose name starts with {@code prefix}, most important first. */
    List<Place> searchPlaces(String prefix, int limit);

    /** The nearest populated place to a point, else the admin-1 area or country containing it. */
    Optional<Place> placeAt(GeoPoint point);

    /** Stores that the mention at {@code mention} (document code points) means {@code place}; moves its events. */
    Correction correct(String articleId, TextSpan mention, Place place);

    void undo(Correction correction);

    /** Starts importing pasted text or an uploaded file in the background. */
    ImportJob importDocument(String name, InputStream content);

    /** An article as the reader shows it, with every place mention (spans in document code points). */
    record ReaderArticle(Article article, List<ResolvedMention> mentions) {}

    /** A stored geocode correction; {@code eventsMoved} counts the events it moved. */
    record Correction(String id, String articleId, TextSpan mention, Place place, int eventsMoved) {}

    /** An import under way. */
    interface ImportJob {
        /** In [0, 1]. */
        double progress();

        boolean isDone();

        /** What happened, for the user: "3 articles, 12 events" or why the input was refused. */
        String message();

        boolean failed();

        void cancel();
    }
}
