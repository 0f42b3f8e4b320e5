package org.geobrief.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this request and what they may do, from Spring Security's context. */
public final class Access {

    /** Set on the single-user default, where nobody signs in: the local user may do everything, on any thread. */
    private static volatile boolean singleUser;

    private Access() {}

    /** Called once by the security configuration. */
    public static void singleUser(boolean on) {
        singleUser = on;
    }

    /** The signed-in user's name; "local" on the single-user default; "system" outside a request (seed import). */
    public static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a instanceof AnonymousAuthenticationToken) {
            return singleUser ? "local" : "system";
        }
        return a.getName();
    }

    public static boolean has(Role role) {
        if (singleUser) {
            return true;
        }
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null
                && !(a instanceof AnonymousAuthenticationToken)
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    /** @throws AccessDeniedException naming the role needed */
    public static void require(Role role, String what) {
        if (!has(role)) {
            throw new AccessDeniedException(
                    "Only an " + role.name().toLowerCase(java.util.Locale.ROOT) + " may " + what + ".");
        }
    }
}
