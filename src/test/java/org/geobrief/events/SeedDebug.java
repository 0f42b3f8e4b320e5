package org.geobrief.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

class SeedDebug {
    public static void main(String[] a) throws Exception {
        String text = Files.readString(Path.of(a[0]));
        for (GeoEvent e : new EventExtractor().extract("x", text, 0, LocalDate.parse(a[1]), Places.mentions(text, 0))) {
            System.out.printf(
                    "%s p%d | %s / %s | %s g%d | %s | f=%s | %.2f | @%d x%d | %s%n",
                    e.date(),
                    e.timePrecision().code(),
                    e.type().label(),
                    e.subtype(),
                    e.place().name(),
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
