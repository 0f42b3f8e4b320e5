package org.geobrief;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import org.geobrief.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a command as first argument ({@code parse}, {@code eval}, {@code bench}, ...) it runs the
 * command-line tool without starting the web server; otherwise it starts the web app. The web app's shell uses server
 * push, so that a background import reports its progress and its end without the browser polling.
 */
@SpringBootApplication
@Push
public class GeoBriefApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(GeoBriefApplication.class, args);
    }

    /**
     * The page's icon: an SVG for browsers that take one, served from {@code META-INF/resources/icons} (same origin, so
     * the CSP's {@code img-src 'self'} allows it); {@code /favicon.ico} is there too for those that ask for it anyway.
     */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", FAVICON, "any");
    }

    /** The icon's address relative to the app's root. */
    static final String FAVICON = "icons/favicon.svg";
}
