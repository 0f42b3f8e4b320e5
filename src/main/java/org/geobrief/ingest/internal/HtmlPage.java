package org.geobrief.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page read with jsoup: its metadata (title, outlet, author, canonical address, publication date, language)
 * from {@code <meta>} tags (Open Graph, {@code article:published_time}, Dublin Core, {@code itemprop}), JSON-LD
 * ({@code datePublished}, {@code headline}, {@code publisher}) and {@code <time datetime>}, and the HTML of its
 * article with the page's boilerplate removed: navigation, site header and footer, asides, forms, cookie and consent
 * banners, share bars, related-story and newsletter boxes.
 *
 * <p>The article is the page's {@code <article>} (the one with most text), else its {@code itemprop=articleBody},
 * else {@code <main>}, else the body. Tika 3 no longer ships a boilerplate handler (boilerpipe went with Tika 2), so
 * the rules are these few, on jsoup's DOM.
 */
final class HtmlPage {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Elements that are never article text. */
    private static final String CHROME = "script, style, noscript, template, nav, aside, form, iframe, svg, button,"
            + " select, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [role=dialog], [role=alertdialog], [aria-hidden=true], [hidden]";
    /** Words in a class or id that mark page furniture rather than article text. */
    private static final Set<String> FURNITURE = Set.of(
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "banner",
            "related",
            "share",
            "sharing",
            "social",
            "newsletter",
            "subscribe",
            "subscription",
            "promo",
            "advert",
            "advertisement",
            "ad",
            "ads",
            "breadcrumb",
            "breadcrumbs",
            "menu",
            "navbar",
            "nav",
            "navigation",
            "sidebar",
            "comments",
            "popup",
            "modal",
            "paywall",
            "recommended",
            "trending",
            "footer");

    private static final Pattern TOKEN = Pattern.compile("[a-z]+");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private final String title;
    private final String outlet;
    private final String author;
    private final String url;
    private final LocalDate published;
    private final String language;
    private final String articleHtml;

    private HtmlPage(
            String title,
            String outlet,
            String author,
            String url,
            LocalDate published,
            String language,
            String articleHtml) {
        this.title = title;
        this.outlet = outlet;
        this.author = author;
        this.url = url;
        this.published = published;
        this.language = language;
        this.articleHtml = articleHtml;
    }

    /** Reads a page; the charset comes from its BOM or {@code <meta charset>}, else UTF-8. */
    static HtmlPage read(InputStream in, String name) throws IOException {
        return of(Jsoup.parse(in, null, ""));
    }

    static HtmlPage of(String html) {
        return of(Jsoup.parse(html));
    }

    private static HtmlPage of(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String outlet = first(
                meta(doc, "og:site_name"),
                ldText(ld, "publisher", "name"),
                meta(doc, "application-name"),
                meta(doc, "dc.publisher"),
                meta(doc, "dcterms.publisher"));
        String title = first(
                meta(doc, "og:title"),
                ldText(ld, "headline"),
                meta(doc, "twitter:title"),
                meta(doc, "dc.title"),
                pageTitle(doc, outlet),
                text(doc.selectFirst("h1")));
        String author = first(
                meta(doc, "author"),
                notUrl(meta(doc, "article:author")),
                ldText(ld, "author", "name"),
                meta(doc, "dc.creator"),
                meta(doc, "dcterms.creator"));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href", "href"), meta(doc, "og:url"));
        LocalDate published = firstDate(
                meta(doc, "article:published_time"),
                meta(doc, "og:article:published_time"),
                ldText(ld, "datePublished"),
                meta(doc, "datePublished"),
                meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.issued"),
                meta(doc, "dcterms.created"),
                meta(doc, "dc.date"),
                meta(doc, "dcterms.date"),
                meta(doc, "pubdate"),
                meta(doc, "publishdate"),
                meta(doc, "date"),
                attr(doc.selectFirst("article time[datetime]"), "datetime"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String language = first(attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "og:locale"));
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT).replaceAll("[-_].*", "");
            language = language.matches("[a-z]{2}") ? language : null;
        }
        return new HtmlPage(title, outlet, author, url, published, language, articleOf(doc));
    }

    String title() {
        return title;
    }

    String outlet() {
        return outlet;
    }

    String author() {
        return author;
    }

    /** The page's own address (canonical link, og:url); null when its metadata names none. */
    String url() {
        return url;
    }

    LocalDate published() {
        return published;
    }

    /** ISO 639-1 from {@code <html lang>}, null when absent. */
    String language() {
        return language;
    }

    /** The article's HTML, boilerplate removed, as a page of its own (title and metadata not included). */
    String articleHtml() {
        return articleHtml;
    }

    private static String articleOf(Document doc) {
        Element body = doc.body();
        body.select(CHROME).remove();
        for (Element e : new ArrayList<>(body.select("header, footer"))) {
            if (e.closest("article, main, [itemprop=articleBody]") == null) {
                e.remove();
            }
        }
        for (Element e : new ArrayList<>(body.select("[class], [id]"))) {
            if (e.parent() != null && !e.is("article, main, [itemprop=articleBody]") && isFurniture(e)) {
                e.remove();
            }
        }
        Element root = body.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(null);
        if (root == null) {
            root = body.selectFirst("[itemprop=articleBody]");
        }
        if (root == null) {
            root = body.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = body;
        }
        Element h1 = doc.selectFirst("h1");
        String headline = h1 != null && root.selectFirst("h1") == null ? h1.outerHtml() : "";
        return "<html><body>" + headline + root.outerHtml() + "</body></html>";
    }

    private static boolean isFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(names);
        while (m.find()) {
            if (FURNITURE.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** The content of a {@code <meta>} named {@code key} by its name, property or itemprop (case-insensitive). */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String a : new String[] {"property", "name", "itemprop"}) {
                if (m.attr(a).equalsIgnoreCase(key)) {
                    return blankToNull(m.attr("content"));
                }
            }
        }
        return null;
    }

    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), nodes);
            } catch (IOException | RuntimeException ignored) {
                // broken JSON-LD: the other metadata still counts
            }
        }
        return nodes;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            out.add(n);
            collect(n.get("@graph"), out);
        }
    }

    /** A text at {@code path} in the first JSON-LD object that has it (arrays: their first element). */
    private static String ldText(List<JsonNode> nodes, String... path) {
        for (JsonNode n : nodes) {
            JsonNode v = n;
            for (String p : path) {
                if (v != null && v.isArray() && !v.isEmpty()) {
                    v = v.get(0);
                }
                v = v == null ? null : v.get(p);
            }
            if (v != null && v.isArray() && !v.isEmpty()) {
                v = v.get(0);
            }
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /** The {@code <title>} without a trailing " | Outlet" or " - Outlet". */
    private static String pageTitle(Document doc, String outlet) {
        String t = blankToNull(doc.title());
        if (t == null) {
            return null;
        }
        if (outlet != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                if (t.endsWith(sep + outlet)) {
                    return t.substring(0, t.length() - sep.length() - outlet.length())
                            .strip();
                }
            }
        }
        return t;
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String attr(Element e, String... names) {
        if (e == null) {
            return null;
        }
        for (String n : names) {
            String v = blankToNull(e.attr(n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = parseDate(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A date as metadata writes it: ISO 8601 ("2022-01-07", "2022-01-07T10:30:00+06:00": the day as written, in the
     * publisher's own time zone), RFC 1123 (mail), or a written date ("January 7, 2022"); null when none.
     */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher iso = ISO_DAY.matcher(v);
        if (iso.find()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (RuntimeException e) {
            // not a mail date
        }
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (RuntimeException e) {
            // not an offset date-time
        }
        try {
            return Instant.parse(v).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            // not an instant
        }
        return MetadataLines.findDate(v).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
