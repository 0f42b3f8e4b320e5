package org.geobrief.batch;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geobrief.base.TextSpan;
import org.geobrief.events.EventSource;
import org.geobrief.events.GeoEvent;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleAnalyser;
import org.geobrief.ingest.MentionOverrides;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

/**
 * The analysis of a partition of candidates ({@link Schemas#CANDIDATE} → {@link Schemas#ANALYSED}): each article
 * through the executor's one {@link Pipelines#analyser()}, and into the shared database when the job has one (one
 * connection per partition, {@link SharedStore#BATCH} articles per transaction). An
 * article whose analysis fails becomes a reject; rejects pass through.
 */
final class Analyse {

    private static final GeometryFactory POINTS = new GeometryFactory();

    private Analyse() {}

    static Iterator<Row> partition(Iterator<Row> candidates, BatchOptions options) {
        ArticleAnalyser analyser = Pipelines.analyser();
        try (SharedStore.Writer store =
                options.jdbcUrl() == null ? null : SharedStore.of(options).writer()) {
            return analyse(candidates, analyser, store).iterator();
        }
    }

    private static List<Row> analyse(Iterator<Row> candidates, ArticleAnalyser analyser, SharedStore.Writer store) {
        WKBWriter wkb = new WKBWriter();
        List<Row> out = new ArrayList<>();
        while (candidates.hasNext()) {
            Row c = candidates.next();
            if (c.getAs("reason") != null) {
                out.add(analysed(c, List.of(), List.of()));
                continue;
            }
            Article a = article(c);
            ArticleAnalyser.Analysis analysis;
            try {
                analysis = analyser.analyse(a, MentionOverrides.NONE);
            } catch (RuntimeException e) {
                out.add(analysed(
                        ArticleRecords.reject(c.getAs("input_id"), a.source(), "analysis failed: " + e),
                        List.of(),
                        List.of()));
                continue;
            }
            if (store != null) {
                store.add(a, analysis); // a stored id is skipped: re-running stores nothing twice
            }
            List<Row> mentions = new ArrayList<>();
            for (ResolvedMention m : analysis.mentions()) {
                Place p = m.place();
                mentions.add(RowFactory.create(
                        m.mention().span().start(),
                        m.mention().span().end(),
                        m.mention().text(),
                        m.mention().kind().name().toLowerCase(java.util.Locale.ROOT),
                        p == null ? null : p.geonameId(),
                        p == null ? null : p.name(),
                        p == null ? null : p.countryCode(),
                        m.confidence(),
                        p == null ? null : p.point().lat(),
                        p == null ? null : p.point().lon(),
                        p == null ? null : point(wkb, p)));
            }
            List<Row> events = new ArrayList<>();
            for (GeoEvent e : analysis.events()) {
                Place p = e.place();
                for (EventSource s : e.sources()) {
                    TextSpan sentence = s.link().sentence();
                    events.add(RowFactory.create(
                            e.id(),
                            e.type().label(),
                            e.subtype(),
                            e.date() == null ? null : Date.valueOf(e.date()),
                            e.timePrecision().code(),
                            e.geoPrecision(),
                            p.geonameId(),
                            p.name(),
                            p.countryCode(),
                            p.admin1Name(),
                            p.point().lat(),
                            p.point().lon(),
                            e.actors().toArray(new String[0]),
                            e.fatalities(),
                            e.confidence(),
                            sentence.start(),
                            sentence.end(),
                            s.sentence(),
                            point(wkb, p)));
                }
            }
            out.add(analysed(c, mentions, events));
        }
        return out;
    }

    static Article article(Row c) {
        Date published = c.getAs("published");
        return new Article(
                c.getAs("id"),
                c.getAs("source"),
                new TextSpan(c.<Integer>getAs("span_start"), c.<Integer>getAs("span_end")),
                c.getAs("title"),
                c.getAs("outlet"),
                c.getAs("author"),
                c.getAs("url"),
                published == null ? null : published.toLocalDate(),
                c.getAs("language"),
                c.getAs("text"));
    }

    private static Row analysed(Row candidate, List<Row> mentions, List<Row> events) {
        Object[] values = new Object[Schemas.ANALYSED.size()];
        for (int i = 0; i < candidate.size(); i++) {
            values[i] = candidate.get(i);
        }
        values[candidate.size()] = mentions.toArray(new Row[0]);
        values[candidate.size() + 1] = events.toArray(new Row[0]);
        return RowFactory.create(values);
    }

    private static byte[] point(WKBWriter wkb, Place p) {
        return wkb.write(
                POINTS.createPoint(new Coordinate(p.point().lon(), p.point().lat())));
    }
}
