package org.geobrief.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.geobrief.ingest.internal.DocumentReader;
import org.geobrief.ingest.internal.MetadataLines;

/**
 * Reads documents into {@link Article}s: a file, uploaded bytes or pasted text → its text (Apache Tika for HTML, PDF,
 * DOCX and mail; strict UTF-8 or UTF-16 with a BOM for plain text) → the articles {@link DigestSplitter} finds in it,
 * each with its metadata (title, outlet, author, address, publication date, language). The web import, {@code parse},
 * {@code import}, {@code export} and batch jobs read through this one class, so the same file gives the same articles
 * and the same refusals everywhere.
 *
 * <p>Metadata: what the user gives in {@link ImportOptions} wins over the text, except the publication date, which is
 * the fallback for articles whose text states none (a digest's articles keep their own date lines); then the
 * document's own publication metadata (HTML meta tags and JSON-LD, a mail's Date); then the date in the file name;
 * a PDF's or Word file's creation date comes last, after a date at the head of the article's text, as it says when
 * the file was made rather than when the news was published. {@link #readDated} says where each date came from
 * ({@link DateSource}). An article's {@code url} comes only from metadata (the page's canonical address, or a "URL:" line of a
 * digest's article header), never from a link in the text.
 *
 * <p>Work is bounded while it is done: see {@link Limits}. Every refusal is an {@link ImportException} whose message
 * names the input and says what is wrong. Plain Java, thread-safe.
 */
public final class ArticleReader {

    /**
     * Bounds on the work of reading.
     *
     * @param maxFileBytes largest file accepted, in bytes ({@code geobrief.import.max-bytes})
     * @param maxFileChars most characters of text extracted from one file, enforced while extracting, so that a zip
     *     bomb or a huge PDF stops early ({@code geobrief.import.max-chars})
     * @param maxImportChars most characters of text extracted by one import or one command, over all its files
     *     ({@code geobrief.import.max-total-chars})
     */
    public record Limits(long maxFileBytes, long maxFileChars, long maxImportChars) {

        public static final long DEFAULT_MAX_BYTES = 50L << 20;

        public Limits {
            if (maxFileBytes <= 0 || maxFileChars <= 0 || maxImportChars <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /** 50 MB per file, as many characters, and four times that per import. */
        public static Limits defaults() {
            return ofBytes(DEFAULT_MAX_BYTES);
        }

        /** A file limit, with as many characters per file and four times that per import. */
        public static Limits ofBytes(long maxFileBytes) {
            return new Limits(maxFileBytes, maxFileBytes, 4 * maxFileBytes);
        }
    }

    /** One input: a file on disk, uploaded bytes, or pasted text; {@code name} names it in articles and messages. */
    public record Input(String name, Path file, byte[] bytes, String text) {

        public static Input of(Path file) {
            Path name = file.getFileName();
            return new Input(name == null ? file.toString() : name.toString(), file, null, null);
        }

        public static Input of(String name, byte[] bytes) {
            return new Input(name, null, bytes, null);
        }

        /** Pasted text; named "pasted" when {@code name} is null. */
        public static Input pasted(String name, String text) {
            return new Input(name == null ? "pasted" : name, null, null, text);
        }
    }

    /** Counts the characters read so far by one import, to hold it to {@link Limits#maxImportChars}. */
    public static final class Budget {
        private long left;

        private Budget(long chars) {
            this.left = chars;
        }

        public long left() {
            return left;
        }
    }

    private final Limits limits;
    private final DocumentReader documents;
    private final DigestSplitter splitter = new DigestSplitter();

    public ArticleReader(Limits limits) {
        this.limits = limits;
        this.documents = new DocumentReader(limits.maxFileBytes(), limits.maxFileChars());
    }

    public static ArticleReader withDefaults() {
        return new ArticleReader(Limits.defaults());
    }

    public Limits limits() {
        return limits;
    }

    /** A fresh budget of {@link Limits#maxImportChars} for one import. */
    public Budget budget() {
        return new Budget(limits.maxImportChars());
    }

    /** The articles of one input, within the per-file limits. */
    public List<Article> read(Input in, ImportOptions options) {
        return read(in, options, budget());
    }

    /**
     * The articles of one input, charging its text to {@code budget}: extraction stops when the file's text passes
     * what is left of the import's budget.
     */
    public List<Article> read(Input in, ImportOptions options, Budget budget) {
        return readDated(in, options, budget).stream().map(Dated::article).toList();
    }

    /** An article as read, with where its publication date came from. */
    public record Dated(Article article, DateSource dateSource) {}

    /** As {@link #read(Input, ImportOptions, Budget)}, with where each article's publication date came from. */
    public List<Dated> readDated(Input in, ImportOptions options, Budget budget) {
        if (budget.left <= 0) {
            throw new ImportException(in.name() + " was not read: the import already holds "
                    + String.format(java.util.Locale.ROOT, "%,d", limits.maxImportChars())
                    + " characters of text, its limit (geobrief.import.max-total-chars).");
        }
        DocumentReader.Document doc;
        if (in.text() != null) {
            if (in.text().isBlank()) {
                throw new ImportException("The pasted text is empty.");
            }
            if (in.text().length() > Math.min(budget.left, limits.maxFileChars())) {
                throw new ImportException(String.format(
                        java.util.Locale.ROOT,
                        "The pasted text holds %,d characters; the limit is %,d (geobrief.import.max-chars).",
                        in.text().length(),
                        Math.min(budget.left, limits.maxFileChars())));
            }
            doc = new DocumentReader.Document(
                    in.name(), in.text().replace("\r\n", "\n").replace('\r', '\n'), null, null);
        } else if (in.file() != null) {
            doc = documents.read(in.file(), budget.left);
        } else {
            doc = documents.read(in.name(), in.bytes(), budget.left);
        }
        budget.left -= doc.text().length();
        return articles(in.name(), doc, options);
    }

    /**
     * The articles of a document with their dates: the text's own date line first; else the date the user gave; else
     * the document's metadata, where a file's creation date yields to a date at the head of the article's text;
     * else the date in the file name.
     */
    private List<Dated> articles(String name, DocumentReader.Document doc, ImportOptions options) {
        List<DigestSplitter.Dated> split;
        try {
            split = splitter.splitDated(
                    doc.text(), new DigestSplitter.Options(name, options.published(), options.mode()));
        } catch (ImportException e) {
            throw new ImportException(name + ": " + e.getMessage(), e);
        }
        boolean single = split.size() == 1;
        return split.stream().map(d -> dated(d, doc, options, single)).toList();
    }

    private static Dated dated(
            DigestSplitter.Dated split, DocumentReader.Document doc, ImportOptions options, boolean single) {
        Article a = split.article();
        LocalDate date = a.published();
        DateSource source;
        if (split.datedByText()) {
            source = DateSource.TEXT;
        } else if (options.published() != null) {
            source = DateSource.GIVEN;
        } else if (doc.date() != null && doc.dateIsCreation()) {
            // the file was made on that day; the text's own date, or the file name's, says when the news was
            LocalDate opening = MetadataLines.openingDate(a.text()).orElse(null);
            if (opening != null) {
                source = DateSource.TEXT;
                date = opening;
            } else if (date != null) {
                source = DateSource.FILE_NAME;
            } else {
                source = DateSource.FILE_CREATED;
                date = doc.date();
            }
        } else if (doc.date() != null) {
            source = DateSource.METADATA;
            date = doc.date();
        } else {
            source = date != null ? DateSource.FILE_NAME : DateSource.NONE;
        }
        return new Dated(article(a, doc, options, single, date), source);
    }

    private static Article article(
            Article a, DocumentReader.Document doc, ImportOptions options, boolean single, LocalDate published) {
        return new Article(
                a.id(),
                a.source(),
                a.span(),
                single && options.title() != null ? options.title() : titleOr(a, doc, single),
                first(options.outlet(), a.outlet(), single ? doc.outlet() : null),
                first(options.author(), a.author(), single ? doc.author() : null),
                first(options.url(), single ? doc.url() : null, a.url()),
                published,
                first(options.language(), doc.language(), a.language()),
                a.text());
    }

    /**
     * An HTML page's or a mail's own title is better than one made from the first sentence; a placeholder that a
     * program left in a PDF's or Word file's properties is not.
     */
    private static String titleOr(Article a, DocumentReader.Document doc, boolean single) {
        boolean madeUp = a.title() == null || !a.text().startsWith(a.title());
        return single && madeUp && doc.title() != null && !doc.title().isBlank() && !isPlaceholderTitle(doc.title())
                ? doc.title().strip()
                : a.title();
    }

    /**
     * Whether a document's stored title names no article: "about:blank" (a page printed to PDF by a browser), a URL,
     * "Untitled", "Microsoft Word - notes.docx" or a bare file name.
     */
    static boolean isPlaceholderTitle(String title) {
        String t = title.strip().toLowerCase(java.util.Locale.ROOT);
        return PLACEHOLDER_TITLE.matcher(t).matches();
    }

    private static final java.util.regex.Pattern PLACEHOLDER_TITLE = java.util.regex.Pattern.compile(
            "about:blank|untitled.*|document\\d*|microsoft (word|powerpoint|excel) - .*|[a-z][a-z0-9+.-]*://\\S*"
                    + "|\\S+\\.(docx?|pdf|txt|html?|odt|rtf|pptx?)");

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /**
     * The files named by {@code paths}, in order: a directory stands for the regular files under it (recursively,
     * sorted, hidden ones skipped); a path that does not exist is reported to {@code problems} ("x.txt: no such file
     * or directory.") and skipped, so the other paths are still read.
     */
    public static List<Path> files(List<Path> paths, Consumer<String> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(p)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(f -> notHidden(p.relativize(f)))
                            .sorted()
                            .toList();
                } catch (IOException | UncheckedIOException e) {
                    problems.accept(p + ": the directory could not be read: " + e.getMessage());
                    continue;
                }
                if (found.isEmpty()) {
                    problems.accept(p + " is a directory without files.");
                }
                out.addAll(found);
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                problems.accept(p + ": no such file or directory.");
            }
        }
        return out;
    }

    private static boolean notHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }
}
