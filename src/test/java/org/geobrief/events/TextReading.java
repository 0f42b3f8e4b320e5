package org.geobrief.events;

import java.time.LocalDate;
import java.util.List;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;

/**
 * The events read end to end from a short text written for a test: geoparsed against the bundled gazetteer, then
 * extracted as one article published on the given day. The cue tests each print them in their own form.
 */
final class TextReading {

    private static final class Parser {
        static final GeoParser INSTANCE = new GeoParser(Gazetteer.bundled());
    }

    private TextReading() {}

    static List<GeoEvent> events(String text, String published) {
        return new EventExtractor().extract("t", text, 0, LocalDate.parse(published), Parser.INSTANCE.parse(text));
    }
}
