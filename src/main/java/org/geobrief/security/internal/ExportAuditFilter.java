package org.geobrief.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.geobrief.security.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every export the browser downloads: Vaadin serves a download (the export dialog's briefing, GeoJSON, CSV,
 * KML or PNG) as a GET of {@code /VAADIN/dynamic/resource/…/FILE-NAME}; a successful one is an "export" of that file
 * by the signed-in user. This keeps the export dialog unaware of auditing.
 */
final class ExportAuditFilter extends OncePerRequestFilter {

    private final ObjectProvider<AuditLog> audit;

    ExportAuditFilter(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().contains("/VAADIN/dynamic/resource/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() == 200) {
            String uri = request.getRequestURI();
            String file = URLDecoder.decode(uri.substring(uri.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            audit.getObject().record("export", file);
        }
    }
}
