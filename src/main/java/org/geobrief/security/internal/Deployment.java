package org.geobrief.security.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import org.springframework.core.env.Environment;

/**
 * Whether this is the single-user default or a shared server. Shared: the web server listens on an address other than
 * this machine's loopback, or the {@code postgres} profile is active. A shared server needs configured users and a
 * database password that is not a well-known default; the default needs neither, and nobody signs in on it unless users
 * are configured.
 */
record Deployment(boolean shared, boolean usersConfigured, String address) {

    private static final Set<String> DEFAULT_PASSWORDS = Set.of("", "geobrief", "postgres", "password", "sa");

    static Deployment of(Environment env) {
        String address = env.getProperty("server.address", "");
        boolean postgres = Arrays.asList(env.getActiveProfiles()).contains("postgres");
        boolean users = env.getProperty("geobrief.users[0].name") != null;
        return new Deployment(!isLoopback(address) || postgres, users, address.isBlank() ? "all interfaces" : address);
    }

    boolean loginRequired() {
        return shared || usersConfigured;
    }

    /** Why the server must not start as configured, or null. */
    static String refusal(Environment env) {
        Deployment d = of(env);
        if (!d.shared()) {
            return null;
        }
        if (!d.usersConfigured()) {
            return "GeoBrief is configured as a shared server (listening on " + d.address()
                    + (Arrays.asList(env.getActiveProfiles()).contains("postgres") ? ", or the postgres profile" : "")
                    + ") but no user is configured, so anyone could read and change its data. Configure at least"
                    + " one: geobrief.users[0].name, geobrief.users[0].password-hash (java -jar geobrief.jar"
                    + " hash-password) and geobrief.users[0].role (viewer, analyst, admin); or run the single-user"
                    + " default on server.address=127.0.0.1. See docs/security.md.";
        }
        if (Arrays.asList(env.getActiveProfiles()).contains("postgres")
                && DEFAULT_PASSWORDS.contains(
                        env.getProperty("spring.datasource.password", "").strip())) {
            return "The postgres profile needs a database password of its own: set GEOBRIEF_DB_PASSWORD (or"
                    + " spring.datasource.password); an empty or well-known one (geobrief, postgres) is refused.";
        }
        return null;
    }

    private static boolean isLoopback(String address) {
        if (address.isBlank()) {
            return false; // Spring Boot's default: every interface
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
