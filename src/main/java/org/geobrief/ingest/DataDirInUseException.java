package org.geobrief.ingest;

/** Another GeoBrief process (the web app, another command) holds the data directory; the message names its pid. */
public final class DataDirInUseException extends IllegalStateException {

    public DataDirInUseException(String message) {
        super(message);
    }
}
