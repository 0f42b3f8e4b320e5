package org.geobrief.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    /** {@code n} event ids no other call gives. */
    static Set<String> events(int n) {
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(java.util.UUID.randomUUID().toString());
        }
        return ids;
    }

    @Test
    void an_event_two_documents_report_counts_once() {
        ImportSummary s = new ImportSummary();
        s.add(new ImportOutcome(1, Set.of("almaty-riot", "aktau-protest"), Set.of(1L), 0));
        s.add(new ImportOutcome(9, Set.of("almaty-riot", "troops-land"), Set.of(2L), 0));

        assertThat(s.lines()).containsExactly("Imported 10 articles from 2 documents with 3 events naming 2 places.");
    }

    @Test
    void sizes_read_as_an_analyst_says_them() {
        assertThat(ImportSummary.size(63L << 20)).isEqualTo("63 MB");
        assertThat(ImportSummary.size(50L << 20)).isEqualTo("50 MB");
        assertThat(ImportSummary.size(1_363_149)).isEqualTo("1.3 MB");
        assertThat(ImportSummary.size(200_000)).isEqualTo("195 KB");
        assertThat(ImportSummary.size(0)).isEqualTo("0 bytes");
    }

    @Test
    void nothing_stored_from_pasted_duplicates_says_they_were_skipped() {
        ImportSummary s = new ImportSummary();
        s.add(new ImportOutcome(0, ImportSummaryTest.events(0), Set.of(), 2));

        assertThat(s.lines())
                .containsExactly("Imported 0 articles from 1 document with 0 events naming 0 places;"
                        + " 2 articles were already stored and skipped.");
    }

    @Test
    void refused_documents_are_named_and_the_full_summary_says_why() {
        ImportSummary s = new ImportSummary();
        s.add(new ImportOutcome(2, ImportSummaryTest.events(5), Set.of(1L, 2L, 3L), 0));
        s.refuse("empty.txt", "empty.txt is empty.");
        s.refuse("report.pdf", "report.pdf is 63 MB; the limit is 50 MB.");

        assertThat(s.brief())
                .containsExactly(
                        "Imported 2 articles from 1 document with 5 events naming 3 places.",
                        "2 documents refused, nothing of them stored: empty.txt, report.pdf.");
        assertThat(s.lines())
                .containsExactly(
                        "Imported 2 articles from 1 document with 5 events naming 3 places.",
                        "2 documents refused, nothing of them stored:",
                        "empty.txt is empty.",
                        "report.pdf is 63 MB; the limit is 50 MB.");
    }
}
