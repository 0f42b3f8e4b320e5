package org.geobrief.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.geobrief.timeline.DateResolver;
import org.geobrief.timeline.DatedSentences;

/** {@code dates-eval [FILE.tsv]}: date resolution accuracy on a dated-sentence set. */
final class DatesEvalCommand implements Cli.Command {

    static final String DEFAULT_SET = "src/test/resources/dates/dated-sentences.tsv";

    @Override
    public String summary() {
        return "date resolution accuracy on a TSV of dated sentences (default " + DEFAULT_SET + ")";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_SET);
        DateResolver resolver = new DateResolver();
        List<DatedSentences.Outcome> outcomes = DatedSentences.read(file).stream()
                .map(r -> DatedSentences.evaluate(r, resolver))
                .toList();
        long dayRight = 0;
        long right = 0;
        for (DatedSentences.Outcome o : outcomes) {
            if (java.util.Objects.equals(o.date(), o.row().expected())) {
                dayRight++;
            }
            if (o.correct()) {
                right++;
            } else {
                out.printf(
                        "MISS line %d: %s | expected %s %s, got %s %s%n",
                        o.row().line(),
                        o.row().sentence(),
                        o.row().expected(),
                        o.row().precision(),
                        o.date(),
                        o.precision());
            }
        }
        int n = outcomes.size();
        out.printf(
                "%s: %d sentences, date+precision correct %d (%.1f%%), date correct %d (%.1f%%)%n",
                file, n, right, 100.0 * right / Math.max(1, n), dayRight, 100.0 * dayRight / Math.max(1, n));
        return 0;
    }
}
