package org.geobrief.events.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.geobrief.gazetteer.Place;

/**
 * The place where a report was given is not the scene of what it reports: "This is a summary of what was said by UNHCR
 * spokesperson William Spindler at today's press briefing at the Palais des Nations in Geneva. UNHCR ... is ramping up
 * the humanitarian response for the growing number of Venezuelans arriving in the north of the country." A place named
 * as the venue of a briefing, a news conference or an interview, or where officials told reporters, does not become
 * the paragraph's scene for the events of the sentences after it.
 */
public final class ReportVenues {

    /** A press event, then "in"/"at" (and the name's first words) up to the place. */
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:(?:press|news|media)\\s+(?:briefing|conference|release)|briefing|interview|told\\s+(?:reporters"
                    + "|journalists|newsmen|the\\s+media)|speaking\\s+to\\s+(?:reporters|journalists|newsmen))\\b"
                    + "[^.;!?]{0,60}?\\b(?:in|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*+\\s+){0,3}$",
            Pattern.CASE_INSENSITIVE);

    private ReportVenues() {}

    /**
     * True when {@code place} is named in {@code mentions} (article chars) only right after a press event's "in"/"at"
     * ({@link #VENUE}): the venue of the report.
     */
    public static boolean venue(String article, List<MentionAt> mentions, Place place) {
        boolean named = false;
        for (MentionAt m : mentions) {
            if (!m.mention().place().equals(place)) {
                continue;
            }
            String before = article.substring(Math.max(0, m.start() - 120), m.start());
            if (!VENUE.matcher(before).find()) {
                return false;
            }
            named = true;
        }
        return named;
    }
}
