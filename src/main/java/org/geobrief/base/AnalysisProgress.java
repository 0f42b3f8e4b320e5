package org.geobrief.base;

/**
 * Where the analysis of one article is, for a progress bar on a long article: each stage reports the share of its
 * work done as it moves through the text. Called on the analysing thread; an implementation may throw an unchecked
 * exception (a cancellation) to stop the analysis. {@link #NONE} ignores the reports.
 */
@FunctionalInterface
public interface AnalysisProgress {

    AnalysisProgress NONE = (stage, done) -> {};

    /**
     * The stages of one analysis, in order, with the rough share of its time each takes (they sum to 1): on a 21 MB
     * article, finding names took 8 s and reading events 57 s.
     */
    enum Stage {
        FINDING_NAMES("finding place names", 0.15),
        RESOLVING_PLACES("resolving places", 0.05),
        READING_EVENTS("reading events", 0.80);

        private final String words;
        private final double weight;

        Stage(String words, double weight) {
            this.words = words;
            this.weight = weight;
        }

        /** What the stage does, for the user: "finding place names". */
        public String words() {
            return words;
        }

        /** The share of the whole analysis done when this stage is {@code done} (in [0, 1]) through its work. */
        public double overall(double done) {
            double before = 0;
            for (Stage s : values()) {
                if (s == this) {
                    break;
                }
                before += s.weight;
            }
            return before + weight * Math.max(0, Math.min(1, done));
        }
    }

    /**
     * @param stage the stage under way
     * @param done the share of the stage's work done, in [0, 1]: of the text's words for {@link Stage#FINDING_NAMES},
     *     of the resolution passes for {@link Stage#RESOLVING_PLACES}, of the text's sentences for
     *     {@link Stage#READING_EVENTS}
     */
    void at(Stage stage, double done);
}
