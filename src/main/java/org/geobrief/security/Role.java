package org.geobrief.security;

import java.util.Locale;

/**
 * What a signed-in user may do; each role includes the ones before it. On the embedded single-user default (listening
 * on 127.0.0.1, no users configured) nobody signs in and the local user has every role.
 */
public enum Role {
    /** filter, read, export */
    VIEWER,
    /** also import, correct, delete */
    ANALYST,
    /** also the users and the audit log */
    ADMIN;

    /** Spring Security's authority name: {@code ROLE_ANALYST}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** "viewer", "Analyst", "ADMIN" → the role; anything else is an error naming the choices. */
    public static Role parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "'; one of viewer, analyst, admin", e);
        }
    }
}
