package org.geobrief.timeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date accuracy set: tab-separated rows of publication date, sentence, expected date ({@code none} when the
 * sentence states no date), expected precision, and optionally a context sentence read first (it sets the anchor
 * for "four days later"). Lines starting with {@code #} are comments.
 */
public final class DatedSentences {

    /** One row of the set. {@code expected} and {@code precision} are null for {@code none}. */
    public record Row(
            int line,
            LocalDate published,
            String sentence,
            LocalDate expected,
            TimePrecision precision,
            String context) {}

    /** What the resolver said about a row; {@code correct} when date and precision both match. */
    public record Outcome(Row row, LocalDate date, TimePrecision precision) {
        public boolean correct() {
            return java.util.Objects.equals(date, row.expected())
                    && java.util.Objects.equals(precision, row.precision());
        }
    }

    private DatedSentences() {}

    public static List<Row> read(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length < 3) {
                throw new IOException(tsv + ":" + (i + 1) + ": expected at least 3 tab-separated fields");
            }
            boolean none = f[2].strip().equalsIgnoreCase("none");
            rows.add(new Row(
                    i + 1,
                    LocalDate.parse(f[0].strip()),
                    f[1].strip(),
                    none ? null : LocalDate.parse(f[2].strip()),
                    none ? null : TimePrecision.valueOf(f[3].strip()),
                    f.length > 4 ? f[4].strip() : ""));
        }
        return rows;
    }

    /** Resolves a row as the event extractor would: context first (for the anchor), then the sentence's date. */
    public static Outcome evaluate(Row row, DateResolver resolver) {
        LocalDate anchor = null;
        if (!row.context().isEmpty()) {
            anchor = DateResolver.nextAnchor(null, resolver.resolveAll(row.context(), row.published(), null));
        }
        Optional<ResolvedDate> d = resolver.dateOf(row.sentence(), row.published(), anchor);
        return new Outcome(
                row,
                d.map(ResolvedDate::date).orElse(null),
                d.map(ResolvedDate::precision).orElse(null));
    }
}
