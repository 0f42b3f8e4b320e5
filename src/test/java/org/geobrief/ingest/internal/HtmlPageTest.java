package org.geobrief.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A news page through the reader: its metadata from the head, its article without the page's furniture. */
class HtmlPageTest {

    private final DocumentReader reader = new DocumentReader(1 << 20);

    static final String PAGE =
            """
            <!DOCTYPE html><html lang="en-GB"><head>
            <title>Home | World | Floods in Almaty - Steppe Post</title>
            <meta property="og:site_name" content="Steppe Post">
            <meta property="og:title" content="Floods in Almaty">
            <meta property="article:published_time" content="2022-01-07T23:30:00+06:00">
            <meta name="author" content="Aigerim Sadykova">
            <link rel="canonical" href="https://steppe.example/news/floods-almaty">
            </head><body>
            <header class="site-header"><a href="/">Home</a> | <a href="/world">World</a></header>
            <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
            <div id="cookie-banner">We use cookies. Accept all cookies?</div>
            <main><article>
              <h1>Floods in Almaty</h1>
              <p><time datetime="2022-01-06">6 January</time></p>
              <p>Floods hit Almaty on Monday, forcing hundreds from their homes.</p>
              <div class="share-bar">Share on Facebook</div>
              <p>Rescuers reached the city's east on Tuesday. See https://elsewhere.example/x for photos.</p>
              <aside class="related">Related: Snow in Astana</aside>
            </article></main>
            <section class="newsletter">Subscribe to our newsletter</section>
            <footer>© Steppe Post. Contact us.</footer>
            </body></html>""";

    @Test
    void metadata_comes_from_meta_tags() {
        var doc = reader.read("floods.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("Floods in Almaty");
        assertThat(doc.outlet()).isEqualTo("Steppe Post");
        assertThat(doc.author()).isEqualTo("Aigerim Sadykova");
        assertThat(doc.url()).isEqualTo("https://steppe.example/news/floods-almaty");
        assertThat(doc.date()).as("the day in the publisher's time zone").isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(doc.language()).isEqualTo("en");
    }

    @Test
    void navigation_banners_share_bars_related_links_and_footers_are_removed() {
        var doc = reader.read("floods.html", PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.text())
                .startsWith("Floods in Almaty\n\n")
                .contains("Floods hit Almaty on Monday, forcing hundreds from their homes.")
                .contains("Rescuers reached the city's east on Tuesday.")
                .doesNotContain("Home", "Politics", "cookies", "Share on", "Related", "newsletter", "Contact us");
    }

    @Test
    void json_ld_and_dublin_core_give_date_and_outlet_when_open_graph_does_not() {
        String html =
                """
                <html><head><title>Quake near Osh</title>
                <meta name="DC.date.issued" content="2021-12-30">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Quake near Osh",
                 "datePublished":"2022-01-03T08:00:00Z","publisher":{"@type":"Organization","name":"Kabar"},
                 "author":[{"@type":"Person","name":"Nurlan Abdyldaev"}]}]}
                </script></head>
                <body><p>A quake struck near Osh on Sunday.</p></body></html>""";
        var doc = reader.read("quake.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(doc.outlet()).isEqualTo("Kabar");
        assertThat(doc.author()).isEqualTo("Nurlan Abdyldaev");
        assertThat(doc.url())
                .as("no address in the metadata, none from the text")
                .isNull();
    }

    @Test
    void a_time_element_dates_a_page_without_date_meta() {
        String html = "<html><body><article><h1>Strike in Aktau</h1><time datetime=\"2022-01-04T10:00\">Tue</time>"
                + "<p>Workers walked out on Monday.</p></article></body></html>";
        var doc = reader.read("strike.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.date()).isEqualTo(LocalDate.of(2022, 1, 4));
        assertThat(doc.title()).as("its headline").isEqualTo("Strike in Aktau");
        assertThat(doc.text()).startsWith("Strike in Aktau");
    }

    @Test
    void dates_in_metadata_formats() {
        assertThat(HtmlPage.parseDate("2022-01-07")).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(HtmlPage.parseDate("Fri, 07 Jan 2022 10:15:00 +0000")).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(HtmlPage.parseDate("January 7, 2022")).isEqualTo(LocalDate.of(2022, 1, 7));
        assertThat(HtmlPage.parseDate("soon")).isNull();
    }
}
