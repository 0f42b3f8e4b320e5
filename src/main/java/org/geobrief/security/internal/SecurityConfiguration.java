package org.geobrief.security.internal;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.geobrief.security.AuditLog;
import org.geobrief.security.Role;
import org.geobrief.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security through Vaadin's integration. A shared server (see {@link Deployment}) asks everyone to sign in on the
 * {@link LoginView}; the single-user default lets every request act as the local user with every role, as before there
 * was sign-in. Either way every response carries the security headers.
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(GeoBriefUsers.class)
@SuppressWarnings("deprecation") // VaadinWebSecurity: still Vaadin 24.9's documented integration
public class SecurityConfiguration extends VaadinWebSecurity {

    /**
     * What Vaadin 24 needs: its bootstrap page has inline scripts and styles and Flow runs {@code executeJs} through
     * {@code new Function} ('unsafe-eval'); the OpenLayers map draws from blob: and data: images and the push channel
     * is a same-origin WebSocket. Nothing is loaded from another origin, and no page may frame GeoBrief.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final Deployment deployment;
    private final ObjectProvider<AuditLog> audit;

    SecurityConfiguration(Environment env, ObjectProvider<AuditLog> audit) {
        this.audit = audit;
        this.deployment = Deployment.of(env);
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(c -> {}));
        if (!deployment.loginRequired()) {
            http.addFilterBefore(new LocalUserFilter(), AnonymousAuthenticationFilter.class);
        }
        http.addFilterAfter(new ExportAuditFilter(audit), AnonymousAuthenticationFilter.class);
        super.configure(http);
        if (deployment.loginRequired()) {
            setLoginView(http, LoginView.class, "/login?logout");
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // {bcrypt}… hashes
    }

    @Bean
    UserDetailsService users(GeoBriefUsers configured, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (GeoBriefUsers.User u : configured.getUsers()) {
            if (u.getName() == null || u.getName().isBlank() || u.getPasswordHash() == null) {
                throw new IllegalStateException("geobrief.users: every user needs a name and a password-hash");
            }
            String hash = u.getPasswordHash().startsWith("{") ? u.getPasswordHash() : "{bcrypt}" + u.getPasswordHash();
            users.add(User.withUsername(u.getName())
                    .password(hash)
                    .authorities(authorities(Role.parse(u.getRole())))
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** A role and every role below it. */
    static List<SimpleGrantedAuthority> authorities(Role role) {
        List<SimpleGrantedAuthority> out = new ArrayList<>();
        for (Role r : Role.values()) {
            if (r.ordinal() <= role.ordinal()) {
                out.add(new SimpleGrantedAuthority(r.authority()));
            }
        }
        return out;
    }

    /** On the single-user default every request is the local user, with every role. */
    static final class LocalUserFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var context = SecurityContextHolder.getContext();
            if (context.getAuthentication() == null) {
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("local", null, authorities(Role.ADMIN)));
            }
            chain.doFilter(request, response);
        }
    }
}
