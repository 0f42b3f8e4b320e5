package org.geobrief.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: reads a password (from the console without echo, or one line of standard input) and prints
 * its bcrypt hash for {@code geobrief.users[N].password-hash}.
 */
final class HashPasswordCommand implements Cli.Command {

    @Override
    public String summary() {
        return " < password  print a bcrypt hash for geobrief.users[N].password-hash";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        String password;
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 8) {
            err.println("hash-password: a password of at least 8 characters, please");
            return 2;
        }
        out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
        return 0;
    }
}
