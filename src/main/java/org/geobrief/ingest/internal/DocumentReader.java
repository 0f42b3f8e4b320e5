package org.geobrief.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.WriteOutContentHandler;
import org.geobrief.ingest.ImportException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a file's plain text with Apache Tika: .txt (UTF-8, strictly, or UTF-16 with a byte-order mark), .html, .pdf,
 * .docx and .eml. Markup never survives: HTML comes back as the visible text of its article, without navigation,
 * footers, cookie banners, scripts, styles or attributes ({@link HtmlPage}). Work is bounded while it happens: a file
 * larger than {@code maxBytes} is not read, and extraction stops as soon as the text passes {@code maxChars}
 * (Tika's write limit; POI's zip-bomb ratio and entry-size limits for .docx). Every refusal is an
 * {@link ImportException} whose message names the file and says what is wrong.
 */
public final class DocumentReader {

    /**
     * The text of a document and what its format says about it (null when it says nothing).
     *
     * @param url the document's own address, from its metadata (canonical link, og:url), never from its text
     * @param dateIsCreation whether {@code date} is the file's creation date (PDF, Word properties): when the file
     *     was made, which may be years after the news, rather than a publication date (HTML metadata, a mail's Date)
     */
    public record Document(
            String name,
            String text,
            String title,
            LocalDate date,
            String outlet,
            String author,
            String url,
            String language,
            boolean dateIsCreation) {

        public Document(String name, String text, String title, LocalDate date) {
            this(name, text, title, date, null, null, null, null, false);
        }

        Document withText(String text) {
            return new Document(name, text, title, date, outlet, author, url, language, dateIsCreation);
        }
    }

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "br",
            "tr",
            "title",
            "blockquote",
            "pre",
            "article",
            "section",
            "header",
            "footer",
            "hr",
            "table",
            "ul",
            "ol",
            "dt",
            "dd");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?(?:</script\\s*>|$)");
    private static final Pattern HANDLER_TAG = Pattern.compile("(?is)<[a-z][^>]*\\son[a-z]+\\s*=[^>]*>");
    private static final Pattern JS_URL = Pattern.compile("(?i)javascript:");
    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    /** Largest part of a .docx (or any OOXML zip) POI inflates: a bound on memory whatever the text limit. */
    static final long MAX_ZIP_ENTRY_BYTES = 256L << 20;

    static {
        // a zip entry that inflates more than 100 times is a bomb, not a document (POI's default ratio, made explicit)
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    private final long maxBytes;
    private final long maxChars;

    /** @param maxBytes largest file accepted, in bytes; its text may have as many characters */
    public DocumentReader(long maxBytes) {
        this(maxBytes, maxBytes);
    }

    /**
     * @param maxBytes largest file accepted, in bytes
     * @param maxChars most characters of text extracted from one file
     */
    public DocumentReader(long maxBytes, long maxChars) {
        this.maxBytes = maxBytes;
        this.maxChars = Math.max(1, Math.min(maxChars, Integer.MAX_VALUE - 8));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxChars() {
        return maxChars;
    }

    public Document read(Path file) {
        return read(file, maxChars);
    }

    /** Reads a file, extracting at most {@code charLimit} characters (and never more than the reader's limit). */
    public Document read(Path file, long charLimit) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + " is a directory.");
            }
            if (!Files.exists(file)) {
                throw new ImportException(name + ": no such file.");
            }
            long size = Files.size(file);
            checkSize(name, size);
            if (size == 0) {
                throw new ImportException(name + " is empty.");
            }
            MediaType type = detect(name, file);
            if (isTika(type) && !isText(name, type)) {
                if (isZip(type)) {
                    try (InputStream in = Files.newInputStream(file)) {
                        ZipBombCheck.check(name, in, size, maxInflated());
                    }
                }
                return finish(name, type, parseFile(name, file, type, charLimit));
            }
            return read(name, Files.readAllBytes(file), charLimit, type);
        } catch (IOException e) {
            throw new ImportException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads at most the size limit from {@code in}, refusing larger input without reading it all. */
    public Document read(String name, InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(name, bytes.length);
            return read(name, bytes);
        } catch (IOException e) {
            throw new ImportException(name + " could not be read: " + e.getMessage(), e);
        }
    }

    public Document read(String name, byte[] bytes) {
        return read(name, bytes, maxChars);
    }

    public Document read(String name, byte[] bytes, long charLimit) {
        return read(name, bytes, charLimit, null);
    }

    /** {@code known}: the type already detected from the same bytes, or null. */
    private Document read(String name, byte[] bytes, long charLimit, MediaType known) {
        checkSize(name, bytes.length);
        if (bytes.length == 0) {
            throw new ImportException(name + " is empty.");
        }
        long limit = Math.max(1, Math.min(charLimit, maxChars));
        MediaType type = known != null ? known : detect(name, bytes);
        String subtype = type.getType() + "/" + type.getSubtype();
        Document doc;
        if (isText(name, type)) {
            String text = plainText(name, bytes);
            checkChars(name, text.length(), limit);
            doc = new Document(name, text, null, null);
        } else if (isTika(type)) {
            if (isZip(type)) {
                try {
                    ZipBombCheck.check(name, new ByteArrayInputStream(bytes), bytes.length, maxInflated());
                } catch (IOException e) {
                    throw new ImportException(name + " could not be read: " + e.getMessage(), e);
                }
            }
            try (InputStream in = TikaInputStream.get(bytes)) {
                doc = parse(name, in, type, limit);
            } catch (IOException e) {
                throw new ImportException(name + " could not be read: " + e.getMessage(), e);
            }
        } else {
            throw new ImportException(name + " is " + subtype + ", which GeoBrief cannot import;"
                    + " it imports .txt, .html, .pdf, .docx and .eml files.");
        }
        return finish(name, type, doc);
    }

    private static boolean isText(String name, MediaType type) {
        String subtype = type.getType() + "/" + type.getSubtype();
        return subtype.equals("text/plain") || subtype.equals("application/octet-stream") || isTextName(name);
    }

    private static boolean isTika(MediaType type) {
        String subtype = type.getType() + "/" + type.getSubtype();
        return isHtml(type)
                || subtype.equals("application/pdf")
                || subtype.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                || subtype.equals("message/rfc822");
    }

    private static boolean isZip(MediaType type) {
        return type.getSubtype().startsWith("vnd.openxmlformats")
                || type.getSubtype().equals("zip");
    }

    /** Most bytes a .docx may unpack to: its XML holds markup besides the text, so several times the text limit. */
    private long maxInflated() {
        return Math.max(64L << 20, Math.min(8 * maxChars, 1L << 30));
    }

    private static boolean isHtml(MediaType type) {
        String subtype = type.getType() + "/" + type.getSubtype();
        return subtype.equals("text/html") || subtype.equals("application/xhtml+xml");
    }

    private Document parseFile(String name, Path file, MediaType type, long charLimit) throws IOException {
        long limit = Math.max(1, Math.min(charLimit, maxChars));
        if (isHtml(type)) {
            return read(name, Files.readAllBytes(file), limit);
        }
        try (InputStream in = TikaInputStream.get(file)) {
            return parse(name, in, type, limit);
        }
    }

    private static Document finish(String name, MediaType type, Document doc) {
        String text = normalise(doc.text());
        if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
            text = PrintedLines.unwrap(text);
        }
        if (text.isBlank()) {
            String subtype = type.getType() + "/" + type.getSubtype();
            throw new ImportException(name + " contains no text"
                    + (subtype.equals("application/pdf") ? " (a scanned PDF holds only images)." : "."));
        }
        return doc.withText(text);
    }

    private void checkSize(String name, long size) {
        if (size > maxBytes) {
            throw new ImportException(String.format(
                    Locale.ROOT,
                    "%s is larger than the import limit of %s (geobrief.import.max-bytes).",
                    name,
                    humanBytes(maxBytes)));
        }
    }

    private void checkChars(String name, long chars, long limit) {
        if (chars > limit) {
            throw new ImportException(tooMuchText(name, limit));
        }
    }

    private String tooMuchText(String name, long limit) {
        return String.format(
                Locale.ROOT,
                "%s holds more than %s characters of text; the limit is %s (geobrief.import.max-chars%s).",
                name,
                String.format(Locale.ROOT, "%,d", limit),
                String.format(Locale.ROOT, "%,d", limit),
                limit < maxChars ? ", for the whole import" : "");
    }

    // A file named as text is read as text whatever its bytes (plainText refuses binary and malformed UTF-8), so its
    // type is not detected: Tika's magic detection cost a third of an import's CPU on news in .txt files.
    private static MediaType detect(String name, Path file) {
        if (isTextName(name)) {
            return MediaType.TEXT_PLAIN;
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(file)) {
            return TIKA.getDetector().detect(in, md);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static MediaType detect(String name, byte[] bytes) {
        if (isTextName(name)) {
            return MediaType.TEXT_PLAIN;
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        Detector detector = TIKA.getDetector();
        try (InputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, md);
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private static boolean isTextName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md") || n.equals("pasted");
    }

    /** UTF-8 text (or UTF-16 with a byte-order mark); binary data and malformed UTF-8 are refused. */
    static String plainText(String name, byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportException(name + " looks like binary data, not text (it contains NUL bytes).");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 100L > bytes.length) {
            throw new ImportException(name + " looks like binary data, not text (" + controls + " control bytes).");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = utf8.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(name + " is not valid UTF-8 (the first bad byte is at offset "
                    + firstBadUtf8(bytes) + "). Save it as UTF-8 and import it again.");
        }
    }

    private static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = utf8.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private Document parse(String name, InputStream input, MediaType type, long limit) {
        boolean html = isHtml(type);
        HtmlPage page = null;
        InputStream in = input;
        if (html) {
            try {
                page = HtmlPage.read(input, name);
            } catch (IOException e) {
                throw new ImportException(name + " could not be read as " + type.getBaseType() + ": " + e.getMessage());
            }
            in = new ByteArrayInputStream(page.articleHtml().getBytes(StandardCharsets.UTF_8));
        }
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        md.set(Metadata.CONTENT_TYPE, html ? "text/html; charset=UTF-8" : type.toString());
        ParagraphText handler = new ParagraphText();
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // streams the document; the DOM extractor held a bomb's gigabyte in memory
        office.setIncludeHeadersAndFooters(false);
        context.set(OfficeParserConfig.class, office);
        try {
            new AutoDetectParser(TIKA)
                    .parse(in, new WriteOutContentHandler(handler, (int) limit, true, context), md, context);
        } catch (EncryptedDocumentException e) {
            throw new ImportException(name + " is password-protected.", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ImportException(tooMuchText(name, limit), e);
            }
            String why = rootMessage(e);
            if (why.toLowerCase(Locale.ROOT).contains("zip bomb") || why.contains("MAX_ENTRY_SIZE")) {
                throw new ImportException(
                        name + " expands far beyond its size when unpacked (a zip bomb?); it was not read.", e);
            }
            throw new ImportException(name + " could not be read as " + type.getBaseType() + ": " + why, e);
        } finally {
            if (html) {
                try {
                    input.close();
                } catch (IOException ignored) {
                    // read already
                }
            }
        }
        String text = handler.text();
        if (html) {
            // Tika drops <script> elements and all attributes; these catch markup that was written as text
            text = SCRIPT.matcher(text).replaceAll("");
            text = HANDLER_TAG.matcher(text).replaceAll("");
            text = JS_URL.matcher(text).replaceAll("javascript-");
            return new Document(
                    name,
                    text,
                    page.title(),
                    page.published(),
                    page.outlet(),
                    page.author(),
                    page.url(),
                    page.language(),
                    false);
        }
        String title = md.get(TikaCoreProperties.TITLE);
        LocalDate date = date(md);
        boolean mail = type.getBaseType().toString().equals("message/rfc822");
        if (mail && title != null && !title.isBlank() && !text.strip().startsWith(title.strip())) {
            text = title.strip() + "\n\n" + text; // the subject is the mail's headline
        }
        String author = md.get(TikaCoreProperties.CREATOR);
        return new Document(name, text, title, date, null, mail ? null : author, null, null, date != null && !mail);
    }

    /** The document's own date: when it was created (PDF, DOCX: Tika's dcterms:created) or sent (mail). */
    private static LocalDate date(Metadata md) {
        for (String value : new String[] {md.get(TikaCoreProperties.CREATED), md.get("Message:Raw-Header:Date")}) {
            LocalDate d = HtmlPage.parseDate(value);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Line ends as \n, no NULs or other control characters but tab and form feed, trailing spaces trimmed. */
    static String normalise(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        // each regex runs only over a text it can change: most texts have nothing to remove
        if (hasControl(t)) {
            t = CONTROL.matcher(t).replaceAll("");
        }
        if (hasTrailingBlank(t)) {
            t = TRAILING_BLANKS.matcher(t).replaceAll("");
        }
        return t.contains("\n\n\n\n") ? t.replaceAll("\n{4,}", "\n\n\n") : t;
    }

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern TRAILING_BLANKS = Pattern.compile("(?m)[ \\t\\u00A0]+$");

    private static boolean hasControl(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** A space, tab or no-break space before a line end (as {@code (?m)$} sees one) or at the end of the text. */
    private static boolean hasTrailingBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                if (i + 1 == t.length()) {
                    return true;
                }
                char next = t.charAt(i + 1);
                if (next == '\n' || next == '\r' || next == '\u0085' || next == '\u2028' || next == '\u2029') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String humanBytes(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20))
                    .replace(".0 ", " ");
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) (1 << 10))
                    .replace(".0 ", " ");
        }
        return bytes + " bytes";
    }

    /**
     * Collects characters, with a blank line at every block element so that paragraphs stay apart and runs of spaces
     * and tabs as one space.
     */
    private static final class ParagraphText extends DefaultHandler {
        private final StringBuilder text = new StringBuilder();
        private int skip;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            String n = local.isEmpty() ? qName : local;
            n = n.toLowerCase(Locale.ROOT);
            if (n.equals("script") || n.equals("style") || n.equals("head")) {
                skip++;
            } else if (BLOCKS.contains(n)) {
                breakParagraph();
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            String n = (local.isEmpty() ? qName : local).toLowerCase(Locale.ROOT);
            if (n.equals("script") || n.equals("style") || n.equals("head")) {
                skip = Math.max(0, skip - 1);
            } else if (BLOCKS.contains(n)) {
                breakParagraph();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skip > 0) {
                return;
            }
            // a run of spaces or tabs is kept as one space: layout, not text, and a bomb of blanks then costs nothing
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                boolean blank = c == ' ' || c == '\t';
                int end = text.length();
                if (!blank || end == 0 || (text.charAt(end - 1) != ' ' && text.charAt(end - 1) != '\t')) {
                    text.append(blank ? ' ' : c);
                }
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }

        private void breakParagraph() {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            text.setLength(end);
            if (end > 0 && !(end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n')) {
                text.append(text.charAt(end - 1) == '\n' ? "\n" : "\n\n");
            }
        }

        String text() {
            return text.toString()
                    .replaceAll("[ \\t]*\n[ \\t]*\n[\\s]*\n", "\n\n")
                    .strip();
        }
    }
}
