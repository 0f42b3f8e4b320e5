package org.geobrief.events.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.geobrief.events.EventType;
import org.geobrief.gazetteer.Place;

/** Stable event ids: the first 16 hex digits of SHA-256 over type, sub-type, date and place id. */
public final class EventIds {

    private EventIds() {}

    public static String of(EventType type, String subtype, LocalDate date, Place place) {
        String key = type.name() + "|" + subtype + "|" + date + "|" + (place == null ? "" : place.geonameId());
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
