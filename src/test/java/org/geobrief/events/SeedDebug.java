package org.geobrief.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.geobrief.gazetteer.Gazetteer;
import org.geobrief.gazetteer.Place;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.ResolvedMention;
import org.geobrief.geoparse.internal.PlaceIndex;

class SeedDebug {
    public static void main(String[] a) throws Exception {
        String text = Files.readString(Path.of(a[0]));
        Gazetteer g = Gazetteer.bundled();
        PlaceIndex idx = new PlaceIndex() {
            public List<Place> candidates(String n) {
                return g.candidates(n);
            }

            public Optional<Place> byId(long id) {
                return g.byId(id);
            }

            public Optional<Place> country(String cc) {
                return g.country(cc);
            }

            public Optional<Place> admin1(String cc, String a1) {
                return g.admin1(cc, a1);
            }
        };
        List<ResolvedMention> ms = new GeoParser(idx).parse(text);
        if (a.length > 3)
            for (ResolvedMention m : ms)
                System.out.println("M " + m.mention().text() + " " + m.mention().span() + " -> "
                        + (m.place() == null
                                ? null
                                : m.place().name() + " " + m.place().featureCode() + " "
                                        + m.place().countryCode())
                        + " " + m.confidence());
        for (GeoEvent e : new EventExtractor().extract("x", text, 0, LocalDate.parse(a[1]), ms)) {
            System.out.printf(
                    "%s p%d | %s / %s | %s %s g%d | %s | f=%s | %.2f | @%d x%d | %s%n",
                    e.date(),
                    e.timePrecision().code(),
                    e.type().label(),
                    e.subtype(),
                    e.place().name(),
                    e.place().featureCode(),
                    e.geoPrecision(),
                    e.actors(),
                    e.fatalities(),
                    e.confidence(),
                    e.sources().get(0).link().sentence().start(),
                    e.sources().size(),
                    e.sources()
                            .get(0)
                            .sentence()
                            .substring(
                                    0,
                                    Math.min(90, e.sources().get(0).sentence().length())));
            if (a.length > 2)
                for (EventSource s : e.sources())
                    System.out.println("      <- "
                            + s.sentence()
                                    .substring(0, Math.min(140, s.sentence().length())));
        }
    }
}
