package org.geobrief.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this request and what they may do, from Spring Security's context. */
public final class Access {

    private Access() {}

    /**
     * The signed-in user's name; "local" in a request on the single-user default; "system" outside a request (the
     * first start's sample import).
     */
    public static String currentUser() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || a instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return a.getName();
    }

    /** Whether the signed-in user has {@code role} (or a higher one). */
    public static boolean has(Role role) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null
                && !(a instanceof AnonymousAuthenticationToken)
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(role.authority()));
    }

    /**
     * Refuses unless the signed-in user has {@code role}.
     *
     * @throws AccessDeniedException naming the role needed
     */
    public static void require(Role role, String what) {
        if (!has(role)) {
            throw new AccessDeniedException(
                    "Only an " + role.name().toLowerCase(java.util.Locale.ROOT) + " may " + what + ".");
        }
    }
}
