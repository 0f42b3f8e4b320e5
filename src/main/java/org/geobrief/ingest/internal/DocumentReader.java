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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.geobrief.ingest.ImportException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a file's plain text with Apache Tika: .txt (UTF-8, strictly), .html, .pdf, .docx and .eml. Markup never
 * survives: HTML comes back as its visible text, without scripts, styles or attributes. Every refusal is an
 * {@link ImportException} whose message names the file and says what is wrong.
 */
public final class DocumentReader {

    /** The text of a document and what its format says about it. */
    public record Document(String name, String text, String title, LocalDate date) {}

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

    private final long maxBytes;

    /** @param maxBytes largest file accepted, in bytes */
    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Document read(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            checkSize(name, size);
            return read(name, Files.readAllBytes(file));
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
        checkSize(name, bytes.length);
        if (bytes.length == 0) {
            throw new ImportException(name + " is empty.");
        }
        MediaType type = detect(name, bytes);
        String subtype = type.getType() + "/" + type.getSubtype();
        Document doc;
        if (subtype.equals("text/plain") || subtype.equals("application/octet-stream") || isTextName(name)) {
            doc = new Document(name, plainText(name, bytes), null, null);
        } else if (subtype.equals("text/html") || subtype.equals("application/xhtml+xml")) {
            doc = parse(name, bytes, type, true);
        } else if (subtype.equals("application/pdf")
                || subtype.equals("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                || subtype.equals("message/rfc822")) {
            doc = parse(name, bytes, type, false);
        } else {
            throw new ImportException(name + " is " + subtype + ", which GeoBrief cannot import;"
                    + " it imports .txt, .html, .pdf, .docx and .eml files.");
        }
        String text = normalise(doc.text());
        if (text.isBlank()) {
            throw new ImportException(name + " contains no text"
                    + (subtype.equals("application/pdf") ? " (a scanned PDF holds only images)." : "."));
        }
        return new Document(name, text, doc.title(), doc.date());
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

    private static MediaType detect(String name, byte[] bytes) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        Detector detector = TIKA.getDetector();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return detector.detect(org.apache.tika.io.TikaInputStream.get(in), md);
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

    private static Document parse(String name, byte[] bytes, MediaType type, boolean html) {
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        md.set(Metadata.CONTENT_TYPE, type.toString());
        ParagraphText handler = new ParagraphText();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            new AutoDetectParser(TIKA).parse(in, handler, md, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ImportException(name + " is password-protected.", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            throw new ImportException(name + " could not be read as " + type.getBaseType() + ": " + rootMessage(e), e);
        }
        String text = handler.text();
        if (html) {
            // Tika drops <script> elements and all attributes; these catch markup that was written as text
            text = SCRIPT.matcher(text).replaceAll("");
            text = HANDLER_TAG.matcher(text).replaceAll("");
            text = JS_URL.matcher(text).replaceAll("javascript-");
        }
        String title = md.get(TikaCoreProperties.TITLE);
        LocalDate date = date(md);
        boolean mail = type.getBaseType().toString().equals("message/rfc822");
        if (mail && title != null && !title.isBlank() && !text.strip().startsWith(title.strip())) {
            text = title.strip() + "\n\n" + text; // the subject is the mail's headline
        }
        return new Document(name, text, title, date);
    }

    private static LocalDate date(Metadata md) {
        for (String value : new String[] {md.get(TikaCoreProperties.CREATED), md.get("Message:Raw-Header:Date")}) {
            if (value == null) {
                continue;
            }
            try {
                return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toLocalDate();
            } catch (RuntimeException e) {
                try {
                    return java.time.Instant.parse(value.strip())
                            .atZone(ZoneOffset.UTC)
                            .toLocalDate();
                } catch (RuntimeException ignored) {
                    // another date format: leave it to the text
                }
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
        t = t.replaceAll("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]", "");
        t = t.replaceAll("(?m)[ \\t\\u00A0]+$", "");
        return t.replaceAll("\n{4,}", "\n\n\n");
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

    /** Collects characters, with a blank line at every block element so that paragraphs stay apart. */
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
            if (skip == 0) {
                text.append(ch, start, length);
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
