package org.geobrief.timeline.internal;

import java.time.LocalDate;
import org.geobrief.timeline.TimePrecision;

/** A rule's hit: UTF-16 char range {@code [start, end)} of the text and the date it denotes. */
public record DateMatch(int start, int end, LocalDate date, TimePrecision precision) {

    int length() {
        return end - start;
    }

    boolean overlaps(DateMatch o) {
        return start < o.end && o.start < end;
    }
}
