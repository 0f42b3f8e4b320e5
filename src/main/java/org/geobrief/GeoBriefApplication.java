package org.geobrief;

import org.geobrief.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a command as first argument ({@code parse}, {@code eval}, {@code bench}, ...) it runs the
 * command-line tool without starting the web server; otherwise it starts the web app.
 */
@SpringBootApplication
public class GeoBriefApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(GeoBriefApplication.class, args);
    }
}
