package org.geobrief.batch;

import java.io.Serializable;
import java.util.Locale;

/**
 * What the batch job reads and where it writes.
 *
 * @param input a JSON Lines file, a Parquet file, or a folder of either or of documents (any Hadoop path)
 * @param format {@code jsonl}, {@code parquet} or {@code files}; {@code auto} decides by the input's name
 * @param output folder for {@code articles/}, {@code mentions/}, {@code events/} (GeoParquet) and {@code rejects/}
 * @param jdbcUrl the shared database to store the articles, mentions and events in too; null for Parquet only
 * @param maxBytes largest document the {@code files} reader accepts, as the import's limit
 */
public record BatchOptions(
        String input, String format, String output, String jdbcUrl, String user, String password, long maxBytes)
        implements Serializable {

    static final String USAGE = "Usage: BatchGeoparse --in PATH --out DIR [--format auto|jsonl|parquet|files]"
            + " [--jdbc URL --user U --password P (or GEOBRIEF_DB_PASSWORD)] [--max-bytes N] [--master local[2]]";

    /** The input's format: the one given, else by the input's name ({@code .jsonl}, {@code .parquet}, a folder). */
    public String resolvedFormat() {
        if (!format.equals("auto")) {
            return format;
        }
        String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return "jsonl";
        }
        return name.endsWith(".parquet") ? "parquet" : "files";
    }

    static BatchOptions parse(String[] args) {
        String in = null, out = null, format = "auto", jdbc = null, user = null;
        String password = System.getenv("GEOBRIEF_DB_PASSWORD");
        long maxBytes = 50L << 20;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--master")) {
                i++; // read by BatchGeoparse
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value. " + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--in" -> in = v;
                case "--out" -> out = v;
                case "--format" -> format = v;
                case "--jdbc" -> jdbc = v;
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--max-bytes" -> maxBytes = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + a + ". " + USAGE);
            }
        }
        if (in == null || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        if (!format.matches("auto|jsonl|parquet|files")) {
            throw new IllegalArgumentException("--format is auto, jsonl, parquet or files, not " + format);
        }
        return new BatchOptions(in, format, out, jdbc, user, password, maxBytes);
    }
}
