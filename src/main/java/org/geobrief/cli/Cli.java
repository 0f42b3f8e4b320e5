package org.geobrief.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command-line tool: {@code java -jar geobrief.jar COMMAND [ARGS...]}. */
public final class Cli {

    /** One CLI command; returns the process exit code. */
    public interface Command {
        String summary();

        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        // Commands register here, one line each.
        COMMANDS.put("parse", new ParseCommand());
        COMMANDS.put("eval", new EvalCommand());
        COMMANDS.put("bench", new BenchCommand());
        COMMANDS.put("dates-eval", new DatesEvalCommand());
        COMMANDS.put("events-eval", new EventsEvalCommand());
        COMMANDS.put("import", new ImportCommand());
        COMMANDS.put("export", new ExportCommand());
        COMMANDS.put("backup", new BackupCommand(false));
        COMMANDS.put("restore", new BackupCommand(true));
        COMMANDS.put("soak", new SoakCommand());
        COMMANDS.put("hash-password", new HashPasswordCommand());
    }

    private Cli() {}

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || args[0].equals("--help") || args[0].equals("help"));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage(out);
            return 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("Unknown command: " + args[0]);
            usage(err);
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (Exception e) {
            if (isUsersProblem(e)) {
                err.println(args[0] + ": " + e.getMessage());
            } else {
                // a fault of GeoBrief's, not of the input: say so and keep the trace for the report
                err.println(args[0] + ": internal error (" + e + "); please report it with this trace:");
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** Bad arguments, unreadable files and refused input carry a message meant for the user. */
    static boolean isUsersProblem(Exception e) {
        return e.getMessage() != null
                && (e instanceof IllegalArgumentException
                        || e instanceof java.io.IOException
                        || e instanceof java.io.UncheckedIOException
                        || e instanceof IllegalStateException
                        || !(e instanceof RuntimeException));
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar geobrief.jar [COMMAND [ARGS...]]");
        out.println("Without a command, starts the web app on http://localhost:8080.");
        out.println("Commands:");
        COMMANDS.forEach((name, c) -> out.printf("  %-8s %s%n", name, c.summary()));
    }
}
