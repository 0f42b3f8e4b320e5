package org.geobrief.briefing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.geobrief.briefing.ArticleMeta;
import org.geobrief.briefing.BriefingContext;
import org.geobrief.events.EventSource;
import org.geobrief.events.EventType;
import org.geobrief.events.GeoEvent;
import org.geobrief.timeline.TimePrecision;

/**
 * KML 2.2: one Placemark per located event, with a {@code <TimeStamp><when>} so Google Earth's time slider
 * plays the events, a shared Style per event type, and an HTML description (escaped by the XML writer) quoting
 * each source sentence. {@code when} is the day, or {@code YYYY-MM} when only the month is known.
 */
public final class KmlExport {

    public static final String NS = "http://www.opengis.net/kml/2.2";
    /** Looked up once: the lookup scans the classpath for StAX implementations. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private static final String ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png";

    private KmlExport() {}

    public static void write(List<GeoEvent> events, BriefingContext ctx, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement(NS, "Document");
            element(x, "name", ctx.title());
            if (!ctx.filterSummary().isBlank()) {
                element(x, "description", ctx.filterSummary());
            }
            Set<EventType> used = EnumSet.noneOf(EventType.class);
            events.stream().map(GeoEvent::type).filter(t -> t != null).forEach(used::add);
            for (EventType t : used) {
                style(x, t);
            }
            for (GeoEvent e : events) {
                if (e.place() != null && e.place().point() != null) {
                    placemark(x, e, ctx);
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static String styleId(EventType t) {
        return "type-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void style(XMLStreamWriter x, EventType t) throws XMLStreamException {
        x.writeStartElement(NS, "Style");
        x.writeAttribute("id", styleId(t));
        x.writeStartElement(NS, "IconStyle");
        element(x, "color", EventStyle.kmlColor(t));
        element(x, "scale", "1.1");
        x.writeStartElement(NS, "Icon");
        element(x, "href", ICON);
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(NS, "LabelStyle");
        element(x, "scale", "0.8");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void placemark(XMLStreamWriter x, GeoEvent e, BriefingContext ctx) throws XMLStreamException {
        x.writeStartElement(NS, "Placemark");
        if (e.id() != null) {
            x.writeAttribute("id", "event-" + e.id().replaceAll("[^A-Za-z0-9_.-]", "_"));
        }
        element(x, "name", EventText.typeLabel(e) + " \u2013 " + e.place().name());
        if (e.date() != null) {
            x.writeStartElement(NS, "TimeStamp");
            element(
                    x,
                    "when",
                    e.timePrecision() == TimePrecision.MONTH
                            ? e.date().toString().substring(0, 7)
                            : e.date().toString());
            x.writeEndElement();
        }
        if (e.type() != null) {
            element(x, "styleUrl", "#" + styleId(e.type()));
        }
        element(x, "description", description(e, ctx));
        x.writeStartElement(NS, "ExtendedData");
        data(x, "type", e.type() == null ? "" : e.type().label());
        data(x, "subtype", e.subtype());
        data(x, "family", e.type() == null ? "" : e.family().label());
        data(x, "planned", String.valueOf(e.planned()));
        data(x, "location_precision", e.whereInWords());
        data(
                x,
                "time_precision",
                e.timePrecision() == null
                        ? ""
                        : String.valueOf(e.timePrecision().code()));
        data(x, "geo_precision", String.valueOf(e.geoPrecision()));
        data(x, "confidence", String.format(java.util.Locale.ROOT, "%.2f", e.confidence()));
        data(x, "fatalities", e.fatalities() == null ? "" : e.fatalities().toString());
        data(x, "country", e.place().countryCode());
        data(x, "admin1", e.place().admin1Name());
        x.writeEndElement();
        x.writeStartElement(NS, "Point");
        element(
                x,
                "coordinates",
                e.place().point().lon() + "," + e.place().point().lat());
        x.writeEndElement();
        x.writeEndElement();
    }

    /** HTML for Google Earth's balloon; the XML writer escapes it, and every text in it is HTML-escaped first. */
    static String description(GeoEvent e, BriefingContext ctx) {
        StringBuilder b = new StringBuilder();
        b.append("<p><b>")
                .append(html(EventText.typeLabel(e)))
                .append("</b><br/>")
                .append(html(EventText.dateLabel(e.date(), e.timePrecision())))
                .append(" \u00B7 ")
                .append(html(EventText.whereLabel(e)));
        if (e.fatalities() != null) {
            b.append(" \u00B7 fatalities: ").append(e.fatalities());
        }
        if (e.actors() != null && !e.actors().isEmpty()) {
            b.append("<br/>Actors: ").append(html(String.join(", ", e.actors())));
        }
        b.append("</p>");
        List<EventSource> listed = EventText.listedSources(e);
        for (EventSource s : listed) {
            String id = s.link() == null ? null : s.link().articleId();
            ArticleMeta meta = ctx.article(id);
            b.append("<blockquote>")
                    .append(html(EventText.quoted(s.sentence())))
                    .append("</blockquote><p>\u2014 ");
            if (meta.url() != null && meta.url().matches("(?i)https?://\\S+")) {
                b.append("<a href=\"")
                        .append(html(meta.url()))
                        .append("\">")
                        .append(html(EventText.sourceLabel(meta, id)))
                        .append("</a>");
            } else {
                b.append(html(EventText.sourceLabel(meta, id)));
            }
            b.append("</p>");
        }
        int unlisted = EventText.sources(e).size() - listed.size();
        if (unlisted > 0) {
            b.append("<p>\u2026 and ").append(unlisted).append(" more source sentences</p>");
        }
        return b.toString();
    }

    static String html(String s) {
        return EventText.clean(s)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void data(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(NS, "Data");
        x.writeAttribute("name", name);
        element(x, "value", value == null ? "" : value);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(NS, name);
        x.writeCharacters(EventText.clean(text));
        x.writeEndElement();
    }
}
