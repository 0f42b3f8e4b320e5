package org.geobrief.events;

import java.util.List;
import java.util.regex.Pattern;
import org.geobrief.events.internal.EventIds;
import org.geobrief.timeline.TimePrecision;

/**
 * A title run into the body as its first sentence ("Driver injured in Nokomis crash. A Brandon woman was ..."), as
 * corpora that store title and text as one string write it. The title names the story's event in a few words, often by
 * a street or a name the body does not repeat; the body tells it with its place and day. An event of the title is
 * dropped when the body reports one of the same type, or, for political violence, of the same family: its types differ
 * by means (a battle, a remote explosive, an attack on civilians), and a title names the violence by the generic word
 * ("Dvani Attack that Killed One Policeman") where the body gives the means ("was blown up by a second mine"). Other
 * families' types are different events (a flood and a storm, a crash and a fire) and stay apart.
 */
final class TitleLines {

    /** At most this many words: a title, not a lead sentence ("A magnitude 7.8 earthquake struck near ..."). */
    static final int MAX_WORDS = 10;

    private static final Pattern WORD = Pattern.compile("\\S+");

    private TitleLines() {}

    /**
     * True when {@code sentence} reads as a title line: short, and {@code undated} (a title rarely gives the day; a
     * lead sentence does: "Protesters stormed the mayor's office in Almaty on Wednesday").
     */
    static boolean titleLike(String sentence, boolean undated) {
        return undated && WORD.matcher(sentence.strip()).results().count() <= MAX_WORDS;
    }

    /** {@code events} without the events of {@code title} that the rest of the events retell. */
    static List<GeoEvent> withoutRepeats(List<GeoEvent> events, List<GeoEvent> title) {
        if (title.isEmpty()) {
            return events;
        }
        return events.stream()
                .filter(e -> !title.contains(e) || events.stream().noneMatch(o -> !title.contains(o) && retells(o, e)))
                .toList();
    }

    /**
     * {@code events} with each event of {@code title} that only publication dates ({@code published}, week precision:
     * the title gave no day) dated as the lead sentence, the first of the body, dates its story ({@code leadDay} at
     * {@code leadPrecision}): a news story's lead tells when the title's event happened ("200 Knucklehead's patrons
     * brawl in Chiefland. Off-duty officers ... were called in early Saturday to break up a Chiefland bar brawl").
     */
    static List<GeoEvent> datedByLead(
            List<GeoEvent> events,
            List<GeoEvent> title,
            java.time.LocalDate published,
            java.time.LocalDate leadDay,
            TimePrecision leadPrecision) {
        return events.stream()
                .map(e -> title.contains(e)
                                && !e.planned()
                                && e.timePrecision() == TimePrecision.WEEK
                                && e.date() != null
                                && e.date().equals(published)
                        ? new GeoEvent(
                                EventIds.of(e.type(), e.subtype(), leadDay, e.place()),
                                e.type(),
                                e.subtype(),
                                leadDay,
                                leadPrecision,
                                e.geoPrecision(),
                                e.place(),
                                e.actors(),
                                e.fatalities(),
                                e.confidence(),
                                e.sources(),
                                false)
                        : e)
                .toList();
    }

    /** True when {@code body}, an event of the article's body, retells {@code title}'s event ({@link TitleLines}). */
    static boolean retells(GeoEvent body, GeoEvent title) {
        return body.type() == title.type()
                || (body.type().family() == EventFamily.POLITICAL_VIOLENCE
                        && title.type().family() == EventFamily.POLITICAL_VIOLENCE);
    }
}
