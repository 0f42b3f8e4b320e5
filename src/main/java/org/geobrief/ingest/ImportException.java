package org.geobrief.ingest;

/**
 * Input that cannot be imported, with a message meant for the user ("The file is empty", "Not valid UTF-8 at byte
 * 12", ...). Nothing of the failed import is stored.
 */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
