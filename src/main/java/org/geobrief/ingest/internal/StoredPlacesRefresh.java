package org.geobrief.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.geobrief.gazetteer.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After an update of the bundled gazetteer (a renamed town, a country's point), the places stored with earlier
 * imports are brought up to date once, at the first start: analysts see the same names and points for old and new
 * articles. The gazetteer is loaded only when its version changed and something is stored.
 */
@Component
class StoredPlacesRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(StoredPlacesRefresh.class);

    private final IngestStorage storage;

    StoredPlacesRefresh(IngestStorage storage) {
        this.storage = storage;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE) // before the sample import of a first start
    public void refreshIfTheGazetteerChanged() {
        storage.refreshPlaces(gazetteerVersion(), id -> Gazetteer.bundled().byId(id))
                .filter(r -> r.events() + r.mentions() > 0)
                .ifPresent(r -> LOG.info(
                        "The bundled gazetteer changed: {} stored events and {} mentions now carry its current"
                                + " names and points",
                        r.events(),
                        r.mentions()));
    }

    /** The SHA-256 of the gazetteer's own checksum list: it changes whenever any derived file does. */
    static String gazetteerVersion() {
        try (InputStream in = StoredPlacesRefresh.class.getResourceAsStream("/geodata/SHA256SUMS")) {
            if (in == null) {
                return "unknown";
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the gazetteer's checksums: " + e.getMessage(), e);
        }
    }
}
