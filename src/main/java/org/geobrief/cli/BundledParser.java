package org.geobrief.cli;

import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.geoparse.GeoParser;

/** The geoparser over the bundled gazetteer, loaded once per JVM. */
final class BundledParser {

    private BundledParser() {}

    private static volatile GeoParser parser;

    static GeoParser get() {
        GeoParser p = parser;
        if (p == null) {
            synchronized (BundledParser.class) {
                if (parser == null) {
                    parser = new GeoParser(Gazetteer.bundled());
                }
                p = parser;
            }
        }
        return p;
    }
}
