package org.geobrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.geobrief.ingest.DigestSplitter.Mode;
import org.geobrief.ingest.DigestSplitter.Options;
import org.junit.jupiter.api.Test;

class DigestSplitterTest {

    private final DigestSplitter splitter = new DigestSplitter();

    static String seed(String name) throws IOException {
        try (InputStream in = DigestSplitterTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void digest_seed_splits_into_its_nine_articles() throws IOException {
        String doc = seed("central-asia-digest-2022-01-07.txt");
        List<Article> articles = splitter.split(doc, "central-asia-digest-2022-01-07.txt");

        assertThat(articles)
                .extracting(Article::title)
                .containsExactly(
                        "Russia sends paratroopers to Kazakhstan to quell deadly unrest",
                        "For Kazakhstan’s Autocratic Neighbors, Unrest Is A Warning And A Test",
                        "MFA: Tajikistan Is Troubled by the Developments of Events in Kazakhstan",
                        "Emomali Rahmon Signs Executive Order on Announcing the Years of 2022 -2026 as the Period of"
                                + " Industrial Development in Tajikistan",
                        "Government of Tajikistan Plans to Increase the Country’s Energy Capacity to 10,000 MW",
                        "Regular meeting of the Council of Veterans of the Ministry of Internal Affairs of the Republic"
                                + " of Tajikistan",
                        "Theft of money, laptop and mobile phone",
                        "By cheating out of the car",
                        "Renewed Clashes Reported As Troops Open Fire On Kazakh Protesters");
        Article reuters = articles.get(0);
        assertThat(reuters.outlet()).isEqualTo("Reuters");
        assertThat(reuters.author()).isEqualTo("Olzhas Auyezov");
        assertThat(articles.get(1).outlet()).isEqualTo("RFE/RL");
        assertThat(articles.get(2).outlet()).isEqualTo("National information agency of Tajikistan");
        assertThat(articles.get(7).author()).isNull();
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 7));
            assertThat(a.language()).isEqualTo("en");
            int[] chars = a.span().toChars(doc);
            assertThat(doc.substring(chars[0], chars[1])).isEqualTo(a.text());
            assertThat(a.id()).isEqualTo(DigestSplitter.articleId(a.text()));
        });
        // sub-headings stay inside their article
        assertThat(articles.get(1).text()).contains("\n\nRegional Reaction\n\n").contains("A New Era");
        assertThat(articles.get(6).text())
                .contains("An investigation is under way")
                .endsWith("Republic of Tajikistan");
        assertThat(articles.get(8).text()).endsWith("Washington DC 20036.");
    }

    @Test
    void single_article_seed_is_one_article_dated_by_its_file_name() throws IOException {
        String doc = seed("kazakhstan-csto-2022-01-05.txt");
        List<Article> articles = splitter.split(doc, "kazakhstan-csto-2022-01-05.txt");
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.title()).isEqualTo("Allied forces of Russia to step in amid unrest in Kazakhstan");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(a.text()).isEqualTo(doc.strip());
        assertThat(a.span().start()).isZero();
    }

    @Test
    void separators_bylines_date_lines_and_urls_are_read_per_article() {
        String doc =
                """
                Morning Briefing — 3 March 2023

                ---
                Floods Cut Roads Across Northern Province
                By Jane Doe and John Smith
                March 2, 2023
                https://example.org/news/floods

                Heavy rain flooded roads near the river on Thursday, officials said.

                * * *

                Election Results Delayed

                The count was halted on Friday after a power cut, the commission said.
                """;
        List<Article> articles = splitter.split(doc, "pasted");
        assertThat(articles).hasSize(2);
        Article floods = articles.get(0);
        assertThat(floods.title()).isEqualTo("Floods Cut Roads Across Northern Province");
        assertThat(floods.author()).isEqualTo("Jane Doe and John Smith");
        assertThat(floods.published()).isEqualTo(LocalDate.of(2023, 3, 2));
        assertThat(floods.url()).isEqualTo("https://example.org/news/floods");
        assertThat(floods.text()).startsWith("Floods Cut").endsWith("officials said.");
        Article election = articles.get(1);
        assertThat(election.title()).isEqualTo("Election Results Delayed");
        assertThat(election.published()).as("the digest's own date").isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(election.author()).isNull();
    }

    @Test
    void headline_followed_by_metadata_starts_a_new_article_without_separator() {
        String doc =
                """
                Port Strike Enters Second Week
                Published: 2024-05-10

                Dock workers in the city stayed out for an eighth day.

                Bridge Reopens After Repairs
                By Ana Lima

                The bridge reopened to traffic on Saturday morning.
                """;
        List<Article> articles = splitter.split(doc, Options.auto("brief.txt"));
        assertThat(articles)
                .extracting(Article::title)
                .containsExactly("Port Strike Enters Second Week", "Bridge Reopens After Repairs");
        assertThat(articles.get(0).published()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(articles.get(1).published()).isNull();
        assertThat(articles.get(1).author()).isEqualTo("Ana Lima");
    }

    @Test
    void text_without_structure_is_one_article_with_a_title_from_its_first_sentence() {
        String doc = "  Police detained 20 people in the capital on Monday. The protest was peaceful.\n";
        List<Article> articles = splitter.split(doc, new Options("pasted", LocalDate.of(2021, 6, 1), Mode.AUTO));
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.text()).isEqualTo(doc.strip());
        assertThat(a.span().start()).isEqualTo(2);
        assertThat(a.title()).isEqualTo("Police detained 20 people in the capital on Monday.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 6, 1));
    }

    @Test
    void a_title_from_a_paragraph_of_long_whitespace_runs_is_its_collapsed_first_sentence() {
        String gap = " ".repeat(300) + "\t" + " ".repeat(300);
        String opening = "Police detained" + gap + "20 people. The protest was peaceful.\n";
        String opener = "Police detained twenty people in the capital city";
        String spaced = opener + gap + "x".repeat(150) + " today. It was calm.\n";
        String dense = opener + " " + "x".repeat(100) + " today. " + "It was calm. ".repeat(40) + "\n";
        Options options = new Options("pasted", LocalDate.of(2021, 6, 1), Mode.SINGLE);

        assertThat(splitter.split(opening, options).get(0).title()).isEqualTo("Police detained 20 people.");
        assertThat(splitter.split(spaced, options).get(0).title()).isEqualTo(opener + "…");
        assertThat(splitter.split(dense, options).get(0).title()).isEqualTo(opener + "…");
    }

    @Test
    void read_more_links_and_credits_inside_a_web_page_do_not_split_it() {
        String doc =
                """
                A man was hurt in a crash on the A120 near the village. It happened at 1.30pm today. Read More

                (Image: Stu Morgan) An air ambulance landed nearby, and police closed the road.

                Credits.
                Copyright 2018 KOB-TV LLC. All rights reserved.

                The road reopened in the evening.
                """;
        List<Article> articles = splitter.split(doc, "page.html");
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(doc.strip()));
    }

    @Test
    void digest_mode_rejects_text_without_articles() {
        String doc = "just some words without any headline or paragraph structure, really.";
        assertThatThrownBy(() -> splitter.split(doc, new Options("x.txt", null, Mode.DIGEST)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("No articles recognised");
    }

    @Test
    void blank_document_is_rejected() {
        assertThatThrownBy(() -> splitter.split(" \n\t\n", "empty.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("The document has no text.");
    }

    @Test
    void spans_count_code_points_not_utf16_units() {
        String doc = "𝔘𝔫𝔦 notes\n\n---\n\nQuake Strikes Coastal Town\n\nA quake struck the town of Ferndale.";
        List<Article> articles = splitter.split(doc, "pasted");
        Article quake = articles.get(articles.size() - 1);
        int cpStart = doc.codePointCount(0, doc.indexOf("Quake"));
        assertThat(quake.span().start()).isEqualTo(cpStart);
        assertThat(quake.span().length())
                .isEqualTo(quake.text().codePointCount(0, quake.text().length()));
    }

    @Test
    void article_id_ignores_whitespace_differences() {
        assertThat(DigestSplitter.articleId("A  quake\nstruck."))
                .isEqualTo(DigestSplitter.articleId("A quake struck. "));
        assertThat(DigestSplitter.articleId("A quake struck.")).isNotEqualTo(DigestSplitter.articleId("A quake hit."));
    }

    @Test
    void whitespace_runs_count_as_one_space_in_the_article_id() {
        assertThat(DigestSplitter.collapseWhitespace("a \t\n b\u000B\fc\r\n")).isEqualTo("a b c ");
        assertThat(DigestSplitter.collapseWhitespace("a\u00A0b"))
                .as("not what regex \\s matches")
                .isEqualTo("a\u00A0b");
        assertThat(DigestSplitter.articleId("Police came.\n\nThey  left. "))
                .isEqualTo(DigestSplitter.articleId("Police came. They left."));
    }

    @Test
    void article_id_is_the_hash_of_the_collapsed_stripped_nfkc_text() {
        assertThat(DigestSplitter.articleId(" A quake\n\nstruck. "))
                .isEqualTo(referenceId("A quake struck."))
                .isEqualTo("%064x".formatted(new java.math.BigInteger(1, sha256("A quake struck."))));
        assertThat(DigestSplitter.articleId("\u2003\uFB01re \u2026 \uD83D\uDE00 \uD800x\uDC00\u00A0"))
                .as("NFKC, a pair, lone surrogates, Unicode spaces at the ends")
                .isEqualTo(referenceId("\u2003\uFB01re \u2026 \uD83D\uDE00 \uD800x\uDC00\u00A0"));
    }

    @Test
    void article_id_and_collapsed_whitespace_as_made_with_copies_on_random_tricky_text() {
        String[] pieces = {
            " ",
            "  ",
            "\n",
            "\r\n",
            "\t",
            "\u000B",
            "\f",
            "\u00A0",
            "\u2003",
            "\u2028",
            "\u0085",
            "\u001C",
            "a",
            "Z",
            "é",
            "e\u0301",
            "\uFB01",
            "\u2026",
            "’",
            "中",
            "\uD83D\uDE00",
            "\uD800",
            "\uDC00",
            "ß",
            "Ω",
            "."
        };
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(DigestSplitter.articleId(text)).as(text).isEqualTo(referenceId(text));
            assertThat(DigestSplitter.collapseWhitespace(text)).as(text).isEqualTo(referenceCollapse(text));
        }
        String big = "x".repeat(9_000) + "\uD83D\uDE00".repeat(3_000) + " é ".repeat(5_000);
        assertThat(DigestSplitter.articleId(big))
                .as("longer than the digest's buffer")
                .isEqualTo(referenceId(big));
    }

    @Test
    void article_id_as_made_with_copies_on_the_evaluation_corpora() throws IOException {
        for (String corpus : List.of("../shared/eval/lgl/lgl.xml", "../shared/eval/geowebnews/GWN.xml")) {
            java.nio.file.Path path = java.nio.file.Path.of(corpus);
            org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(path), "corpus not present");
            for (org.geobrief.geoparse.eval.EvalDocument d : org.geobrief.geoparse.eval.Corpora.read(path)) {
                assertThat(DigestSplitter.articleId(d.text())).isEqualTo(referenceId(d.text()));
                assertThat(DigestSplitter.collapseWhitespace(d.text())).isEqualTo(referenceCollapse(d.text()));
            }
        }
    }

    /** The article id as it was made before issue 18: NFKC, collapsed, stripped copies, then their UTF-8 bytes. */
    private static String referenceId(String text) {
        String normal = referenceCollapse(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC))
                .strip();
        return java.util.HexFormat.of().formatHex(sha256(normal));
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String referenceCollapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
