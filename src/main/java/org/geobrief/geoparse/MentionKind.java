package org.geobrief.geoparse;

/** What a recognised name is: a place name, or a demonym standing for its country ("Kazakh"). */
public enum MentionKind {
    TOPONYM,
    DEMONYM;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
