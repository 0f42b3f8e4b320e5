package org.geobrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void refusedInputIsTheUsersProblemAndAFaultWithoutMessageIsOurs() {
        assertThat(Cli.isUsersProblem(new IllegalArgumentException("--holdout needs a number")))
                .isTrue();
        assertThat(Cli.isUsersProblem(new IOException("no such file: x.xml"))).isTrue();
        assertThat(Cli.isUsersProblem(new NullPointerException())).isFalse();
        assertThat(Cli.isUsersProblem(new IndexOutOfBoundsException("Index 3 out of bounds for length 2")))
                .isFalse();
    }

    @Test
    void anUnknownCommandIsNamedWithTheUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                new String[] {"frobnicate"},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: frobnicate", "Usage:");
    }
}
