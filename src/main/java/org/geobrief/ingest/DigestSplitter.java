package org.geobrief.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.geobrief.base.TextSpan;
import org.geobrief.ingest.internal.LanguageGuess;
import org.geobrief.ingest.internal.MetadataLines;

/**
 * Splits a document into the {@link Article}s it holds. A news digest is read as paragraphs (runs of non-blank
 * lines); an article starts at a headline (a short line without closing punctuation) and ends
 *
 * <ul>
 *   <li>at a separator line ({@code ---}, {@code * * *}),
 *   <li>after a closing line ("Source: ...", "Copyright ...", a teaser's "Continue reading ..."),
 *   <li>or where the next headline is followed by metadata (byline, date line, "Published by", URL) or comes after
 *       two or more blank lines.
 * </ul>
 *
 * A headline in the middle of an article with none of these is a sub-heading and stays in the article. Text
 * before the first article that holds no paragraph of prose (a digest's own title) belongs to no article; its date
 * is the default publication date of the digest's articles.
 *
 * <p>The publication date of each article is its date line if it has one, else the caller's date, else the date
 * in the file name ({@code ...-2022-01-07.txt}), else null. Plain Java: the CLI and the web import share it.
 */
public final class DigestSplitter {

    /** How to read the document. */
    public enum Mode {
        /** several articles if their structure is recognised, else the whole document as one article */
        AUTO,
        /** the user says it is a digest: finding no article structure is an error */
        DIGEST,
        /** the whole document is one article */
        SINGLE
    }

    /**
     * @param source the file name or "pasted"; a yyyy-mm-dd in it is the fallback publication date
     * @param published publication date for articles whose text names none; null if unknown
     */
    public record Options(String source, LocalDate published, Mode mode) {
        public static Options auto(String source) {
            return new Options(source, null, Mode.AUTO);
        }
    }

    private static final int MAX_TITLE = 200;

    /** Splits with {@link Mode#AUTO}, the date coming from the text or the source's file name. */
    public List<Article> split(String document, String source) {
        return split(document, Options.auto(source));
    }

    /**
     * The articles of {@code document}, in document order; each article's text is exactly the document's text in
     * its span. Throws {@link ImportException} when the document has no text, or has no recognisable article in
     * {@link Mode#DIGEST}.
     */
    public List<Article> split(String document, Options options) {
        return splitDated(document, options).stream().map(Dated::article).toList();
    }

    /**
     * An article and whether its publication date came from the document's text (its date line, or the digest's
     * date) rather than from {@link Options#published()} or the file name.
     */
    public record Dated(Article article, boolean datedByText) {}

    /** As {@link #split(String, Options)}, telling which articles were dated by their text. */
    public List<Dated> splitDated(String document, Options options) {
        if (document.isBlank()) {
            throw new ImportException("The document has no text.");
        }
        List<Block> blocks = blocks(document);
        LocalDate fallback = options.published() != null
                ? options.published()
                : MetadataLines.fileNameDate(options.source()).orElse(null);
        if (options.mode() == Mode.SINGLE) {
            return List.of(article(document, blocks, options.source(), fallback, false));
        }
        List<List<Block>> segments = segments(blocks);
        List<Dated> articles = new ArrayList<>();
        LocalDate digestDate = fallback;
        boolean digestDated = false;
        for (List<Block> segment : segments) {
            if (segment.stream().noneMatch(b -> b.kind == Kind.BODY)) {
                if (articles.isEmpty() && options.published() == null) {
                    LocalDate stated = segment.stream()
                            .map(b -> MetadataLines.findDate(b.text).orElse(null))
                            .filter(d -> d != null)
                            .findFirst()
                            .orElse(null);
                    if (stated != null) {
                        digestDate = stated;
                        digestDated = true;
                    }
                }
                continue;
            }
            articles.add(article(document, segment, options.source(), digestDate, digestDated));
        }
        boolean structured =
                segments.size() > 1 || (!segments.isEmpty() && segments.get(0).get(0).kind == Kind.HEADLINE);
        if (options.mode() == Mode.DIGEST && (!structured || articles.isEmpty())) {
            throw new ImportException("No articles recognised in the digest: expected headline lines, each followed by"
                    + " the article's paragraphs, with articles separated by blank lines, '---' lines or"
                    + " 'Source:'/'Copyright' lines.");
        }
        if (articles.isEmpty()) {
            articles.add(article(document, blocks, options.source(), fallback, false));
        }
        return articles;
    }

    /** The id of an article text: hex SHA-256 of its NFKC form with whitespace runs collapsed, trimmed. */
    public static String articleId(String text) {
        // ASCII text is in NFKC already (no compatibility forms, no combining marks): most news needs no normalising
        String nfkc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        byte[] hash = sha256().digest(collapseWhitespace(nfkc).strip().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    /** A SHA-256 digest made once and cloned: looking one up among the security providers costs more than a clone. */
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** What regex {@code \s} matches: space, \t, \n, \x0B, \f, \r. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Each run of what regex {@code \s} matches (space, \t, \n, \x0B, \f, \r) as one space. */
    static String collapseWhitespace(String text) {
        char[] chars = text.toCharArray();
        int n = 0;
        boolean inRun = false;
        boolean changed = false;
        for (char c : chars) {
            if (isSpace(c)) {
                if (!inRun) {
                    changed |= c != ' ';
                    chars[n++] = ' ';
                    inRun = true;
                } else {
                    changed = true;
                }
            } else {
                chars[n++] = c;
                inRun = false;
            }
        }
        return changed ? new String(chars, 0, n) : text;
    }

    private enum Kind {
        SEPARATOR,
        HEADLINE,
        META,
        END,
        BODY
    }

    /** A paragraph: a run of non-blank lines, [start, end) in chars, trailing space excluded. */
    private record Block(int start, int end, String text, Kind kind, int blankLinesBefore, boolean teaserEnd) {
        List<String> lines() {
            return text.lines().map(String::strip).toList();
        }
    }

    private static List<Block> blocks(String doc) {
        List<int[]> raw = new ArrayList<>(); // start, end, blank lines before
        int blank = 0, start = -1, end = -1, i = 0;
        while (i <= doc.length()) {
            int nl = doc.indexOf('\n', i);
            int lineEnd = nl < 0 ? doc.length() : nl;
            String line = doc.substring(i, lineEnd);
            if (line.isBlank()) {
                if (start >= 0) {
                    raw.add(new int[] {start, end, blank});
                    start = -1;
                    blank = 0;
                }
                blank++;
            } else {
                if (start < 0) {
                    start = i + (line.length() - line.stripLeading().length());
                }
                end = i + line.stripTrailing().length();
                if (MetadataLines.isSeparator(line)) {
                    raw.add(new int[] {start, end, blank});
                    start = -1;
                    blank = 0;
                }
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        if (start >= 0) {
            raw.add(new int[] {start, end, blank});
        }
        List<Block> blocks = new ArrayList<>();
        boolean outletNext = false;
        for (int[] r : splitHeadlineBlocks(doc, raw)) {
            String text = doc.substring(r[0], r[1]);
            Kind kind = outletNext && text.lines().count() == 1 && text.length() <= 80 ? Kind.META : classify(text);
            outletNext = MetadataLines.publishedBy(
                            text.lines().reduce((a, b) -> b).orElse(""))
                    .filter(String::isEmpty)
                    .isPresent();
            blocks.add(new Block(r[0], r[1], text, kind, r[2], MetadataLines.endsWithTeaserLink(text)));
        }
        return blocks;
    }

    /** "Headline\nBy Jane Doe\nMarch 2, 2023" written without blank lines: one block per line. */
    private static List<int[]> splitHeadlineBlocks(String doc, List<int[]> raw) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : raw) {
            List<String> lines = doc.substring(r[0], r[1]).lines().toList();
            if (lines.size() < 2
                    || !headlineLike(lines.get(0).strip())
                    || !lines.stream().skip(1).map(String::strip).allMatch(DigestSplitter::isMetaLine)) {
                out.add(r);
                continue;
            }
            int at = r[0];
            for (int k = 0; k < lines.size(); k++) {
                int lineStart = doc.indexOf(lines.get(k), at);
                String line = lines.get(k);
                int s = lineStart + (line.length() - line.stripLeading().length());
                out.add(new int[] {s, lineStart + line.stripTrailing().length(), k == 0 ? r[2] : 0});
                at = lineStart + line.length();
            }
        }
        return out;
    }

    private static Kind classify(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        if (lines.size() == 1 && MetadataLines.isSeparator(lines.get(0))) {
            return Kind.SEPARATOR;
        }
        if (MetadataLines.isEndMarker(lines.get(0)) && text.length() < 400) {
            return Kind.END;
        }
        if (lines.stream().allMatch(DigestSplitter::isMetaLine)) {
            return Kind.META;
        }
        if (lines.size() == 1 && headlineLike(lines.get(0))) {
            return Kind.HEADLINE;
        }
        return Kind.BODY;
    }

    private static boolean isMetaLine(String line) {
        return line.length() <= 120
                && (MetadataLines.byline(line).isPresent()
                        || MetadataLines.dateLine(line).isPresent()
                        || MetadataLines.publishedBy(line).isPresent()
                        || MetadataLines.urlLine(line).isPresent()
                        || META_WORD_LINE.matcher(line).matches());
    }

    private static final Pattern META_WORD_LINE =
            Pattern.compile("(?i)^(?:posted|updated|author|photo|image)\\b.{0,80}");

    /** A short line with no closing punctuation, starting with a capital, a digit or a quote. */
    static boolean headlineLike(String line) {
        if (line.length() < 3 || line.length() > MAX_TITLE || isMetaLine(line) || MetadataLines.isEndMarker(line)) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 2 || words.length > 30) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".,;:".indexOf(last) >= 0) {
            return false;
        }
        int first = line.codePointAt(0);
        if ("\"“‘'«".indexOf(first) >= 0 && line.length() > 1) {
            first = line.codePointAt(Character.charCount(first));
        }
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    private static List<List<Block>> segments(List<Block> blocks) {
        List<List<Block>> segments = new ArrayList<>();
        List<Block> current = null;
        boolean softEnd = false; // the last article closed with a closing line, not a separator
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind == Kind.SEPARATOR) {
                current = null;
                softEnd = false;
                continue;
            }
            if (current == null && softEnd && b.kind != Kind.HEADLINE) {
                // "Read more", "Credits" or a repeated line inside a web page: no new article without a headline
                current = segments.get(segments.size() - 1);
            }
            boolean hasBody = current != null && current.stream().anyMatch(x -> x.kind == Kind.BODY);
            if (current == null || (hasBody && startsArticle(blocks, i))) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(b);
            softEnd = (b.kind == Kind.END && hasBody) || (b.kind == Kind.BODY && b.teaserEnd);
            if (softEnd) {
                current = null;
            }
        }
        return segments;
    }

    /** A headline that starts a new article even without a separator before it. */
    private static boolean startsArticle(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.kind != Kind.HEADLINE || i + 1 >= blocks.size()) {
            return false;
        }
        Kind next = blocks.get(i + 1).kind;
        return next == Kind.META || (b.blankLinesBefore >= 2 && next == Kind.BODY);
    }

    private static Dated article(
            String doc, List<Block> blocks, String source, LocalDate fallbackDate, boolean fallbackFromText) {
        int start = blocks.get(0).start;
        int end = blocks.get(blocks.size() - 1).end;
        String text = doc.substring(start, end);
        String title = null, outlet = null, author = null, url = null;
        LocalDate published = null;
        int bodySeen = 0;
        for (Block b : blocks) {
            if (b.kind == Kind.BODY && ++bodySeen > 2) {
                continue;
            }
            if (b == blocks.get(0) && b.kind == Kind.HEADLINE) {
                title = b.text.strip();
                continue;
            }
            List<String> lines = b.lines();
            boolean publishedByPending = false;
            for (String line : b.kind == Kind.BODY ? lines.subList(0, 1) : lines) {
                if (publishedByPending && outlet == null) {
                    outlet = line;
                }
                Optional<String> pubBy = MetadataLines.publishedBy(line);
                publishedByPending = pubBy.filter(String::isEmpty).isPresent();
                if (pubBy.filter(s -> !s.isEmpty()).isPresent() && outlet == null) {
                    outlet = pubBy.get();
                }
                if (author == null) {
                    author = MetadataLines.byline(line).orElse(null);
                }
                if (published == null && b.kind != Kind.BODY) {
                    published = MetadataLines.dateLine(line).orElse(null);
                }
                if (url == null) {
                    url = MetadataLines.urlLine(line).orElse(null);
                }
            }
            if (b.kind == Kind.META && lines.size() == 1 && outlet == null && b != blocks.get(0)) {
                Block prev = blocks.get(blocks.indexOf(b) - 1);
                if (MetadataLines.publishedBy(prev.text.strip())
                        .filter(String::isEmpty)
                        .isPresent()) {
                    outlet = lines.get(0);
                }
            }
            if (b.kind == Kind.BODY && outlet == null) {
                outlet = MetadataLines.datelineOutlet(b.text).orElse(null);
            }
        }
        for (Block b : blocks) {
            if (b.kind == Kind.END && outlet == null) {
                outlet = MetadataLines.outletOf(b.lines().get(0)).orElse(null);
            }
        }
        if (title == null) {
            title = fallbackTitle(blocks);
        }
        Article article = new Article(
                articleId(text),
                source,
                TextSpan.ofChars(doc, start, end),
                title,
                outlet,
                author,
                url,
                published != null ? published : fallbackDate,
                LanguageGuess.of(text),
                text);
        return new Dated(article, published != null || (fallbackFromText && fallbackDate != null));
    }

    /** Chars of a paragraph collapsed at first when a title is made from it ({@link #fallbackTitle}). */
    private static final int TITLE_SCAN = 400;

    /** No headline: the first sentence of the first paragraph of prose, cut at a word near 100 chars. */
    private static String fallbackTitle(List<Block> blocks) {
        String raw = blocks.stream()
                .filter(b -> b.kind == Kind.BODY)
                .findFirst()
                .orElse(blocks.get(0))
                .text
                .strip();
        // The title needs the first sentence, and of a longer one its first 101 chars. The collapsed start of the
        // paragraph is the start of the collapsed paragraph, so collapse only a start of it that settles both.
        String first = collapseWhitespace(raw.length() > TITLE_SCAN ? raw.substring(0, TITLE_SCAN) : raw);
        if (raw.length() > TITLE_SCAN && first.indexOf(". ") <= 0 && first.length() < 102) {
            first = collapseWhitespace(raw);
        }
        int stop = first.indexOf(". ");
        String sentence = stop > 0 ? first.substring(0, stop + 1) : first;
        if (sentence.length() <= 100) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', 100);
        return sentence.substring(0, cut > 40 ? cut : 100) + "…";
    }
}
