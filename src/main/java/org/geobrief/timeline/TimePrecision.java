package org.geobrief.timeline;

/** ACLED time precision: 1 the day is known, 2 the week, 3 only the month (or coarser). */
public enum TimePrecision {
    DAY(1),
    WEEK(2),
    MONTH(3);

    private final int code;

    TimePrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
