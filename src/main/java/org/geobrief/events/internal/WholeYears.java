package org.geobrief.events.internal;

import java.util.regex.Pattern;
import org.geobrief.timeline.ResolvedDate;

/**
 * A date that names a whole year and nothing finer: "in 2009", "this year", "earlier this year", "last year". The
 * resolver gives it as January of that year at month precision, but it places no occurrence in time: a sentence dated
 * only so sums up a year ("political developments in 2009", "came under scrutiny this year over ...") rather than
 * reporting a specific event, and its January day would be wrong at any precision a reader checks. Issue 16, session
 * 10.
 */
public final class WholeYears {

    private WholeYears() {}

    private static final Pattern YEAR_ONLY = Pattern.compile(
            "(?:(?:in|during|since|throughout|earlier|later|early|late|mid|this|last|next|past|the|of|until|by|so"
                    + "|far)[\\s-]+)*(?:year|\\d{4})(?:['’]s)?",
            Pattern.CASE_INSENSITIVE);

    /** True when {@code d} is a year and no month, week or day of it. */
    public static boolean only(ResolvedDate d) {
        return d != null && YEAR_ONLY.matcher(d.expression().strip()).matches();
    }
}
