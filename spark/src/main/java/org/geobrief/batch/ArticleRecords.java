package org.geobrief.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geobrief.ingest.Article;
import org.geobrief.ingest.ArticleReader;
import org.geobrief.ingest.DigestSplitter;
import org.geobrief.ingest.ImportOptions;

/**
 * Input records to articles, each either an article ({@link Schemas#CANDIDATE} with {@code reason} null) or a
 * reject with its id and reason. Nothing here throws for bad input: a malformed line, a record without text, a
 * file that cannot be read becomes a reject row and the job goes on.
 */
final class ArticleRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The import's reader, with its default limits: one article's text as the web import would take it. */
    private static final ArticleReader READER = ArticleReader.withDefaults();

    private ArticleRecords() {}

    /** The lines of one JSON Lines file, read as the iterator is consumed; an unreadable file is one reject. */
    static Iterator<Row> jsonLines(String path, PortableDataStream data) {
        String file = fileName(path);
        BufferedReader lines;
        try {
            InputStream in = data.open();
            lines = new BufferedReader(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (RuntimeException e) {
            return List.of(reject(file, file, "cannot read the file: " + e.getMessage()))
                    .iterator();
        }
        return new Iterator<>() {
            private int lineNo;
            private Row next = advance();

            private Row advance() {
                while (true) {
                    String line;
                    try {
                        line = lines.readLine();
                    } catch (CharacterCodingException e) {
                        close();
                        return reject(file + ":" + (lineNo + 1), file, "not UTF-8 from this line on");
                    } catch (IOException e) {
                        close();
                        return reject(file + ":" + (lineNo + 1), file, "cannot read the file: " + e.getMessage());
                    }
                    if (line == null) {
                        close();
                        return null;
                    }
                    lineNo++;
                    if (!line.isBlank()) {
                        return jsonLine(file, lineNo, line);
                    }
                }
            }

            private void close() {
                try {
                    lines.close();
                } catch (IOException e) {
                    // nothing more to read either way
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = advance();
                return r;
            }
        };
    }

    /** One line of a JSON Lines file: an object with {@code id, title, text, published, outlet, url}. */
    static Row jsonLine(String file, int lineNo, String line) {
        String where = file + ":" + lineNo;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return reject(where, file, "not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            return reject(where, file, "not a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : where;
        return record(
                id,
                file,
                text(node, "title"),
                text(node, "text"),
                text(node, "published"),
                text(node, "outlet"),
                text(node, "url"));
    }

    /** One row of a Parquet input ({@code id, title, text, published, outlet, url}; any may be missing). */
    static Row parquetRow(Row r, String file) {
        String id = field(r, "id");
        return record(
                id == null ? file : id,
                file,
                field(r, "title"),
                field(r, "text"),
                field(r, "published"),
                field(r, "outlet"),
                field(r, "url"));
    }

    /**
     * An article given as fields, read by the import's {@link ArticleReader} as one article (no digest splitting)
     * with the record's metadata: its id is the import's id of the text, so the same article from a file, a record or
     * the web import is stored once.
     */
    static Row record(
            String inputId, String file, String title, String text, String published, String outlet, String url) {
        if (text == null || text.isBlank()) {
            return reject(inputId, file, "no text");
        }
        LocalDate date;
        try {
            date = published == null || published.isBlank() ? null : date(published);
        } catch (DateTimeParseException e) {
            return reject(inputId, file, "published is not a date: " + published);
        }
        ImportOptions given = ImportOptions.defaults()
                .withMode(DigestSplitter.Mode.SINGLE)
                .withPublished(date)
                .withMetadata(blankToNull(title), blankToNull(outlet), null, blankToNull(url));
        try {
            return article(
                    inputId,
                    READER.read(ArticleReader.Input.pasted(file, text), given).get(0));
        } catch (RuntimeException e) { // ImportException: too long, no text
            return reject(inputId, file, e.getMessage());
        }
    }

    /**
     * A document file (.txt .html .pdf .docx .eml) through the import's {@link ArticleReader}: one row per
     * article in it, or one reject naming the file.
     */
    static Iterator<Row> document(String path, PortableDataStream data, long maxBytes) {
        String file = fileName(path);
        List<Row> rows = new ArrayList<>();
        try {
            ArticleReader reader = new ArticleReader(ArticleReader.Limits.ofBytes(maxBytes));
            byte[] bytes = data.toArray();
            for (Article a : reader.read(ArticleReader.Input.of(file, bytes), ImportOptions.defaults())) {
                rows.add(article(file + "#" + a.span().start(), a));
            }
        } catch (UncheckedIOException e) {
            rows.add(reject(file, file, "cannot read the file: " + e.getMessage()));
        } catch (RuntimeException e) { // ImportException: empty, too big, binary, not UTF-8, no text
            rows.add(reject(file, file, e.getMessage()));
        }
        return rows.iterator();
    }

    static Row article(String inputId, Article a) {
        return RowFactory.create(
                inputId,
                a.source(),
                a.span().start(),
                a.span().end(),
                a.id(),
                a.title(),
                a.outlet(),
                a.author(),
                a.url(),
                a.published() == null ? null : Date.valueOf(a.published()),
                a.language(),
                a.text(),
                null);
    }

    static Row reject(String inputId, String file, String reason) {
        return RowFactory.create(inputId, file, null, null, null, null, null, null, null, null, null, null, reason);
    }

    /** {@code 2009-03-20}, or the date of an ISO timestamp ({@code 2009-03-20T12:24:52Z}, {@code 2009-03-20 12:24}). */
    static LocalDate date(String s) {
        String t = s.strip();
        return LocalDate.parse(
                t.length() > 10 && (t.charAt(10) == 'T' || t.charAt(10) == ' ') ? t.substring(0, 10) : t);
    }

    static String fileName(String path) {
        String p = path.replaceAll("/+$", "");
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isTextual() ? v.asText() : v.toString();
    }

    private static String field(Row r, String name) {
        int i;
        try {
            i = r.fieldIndex(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Object v = r.get(i);
        return v == null ? null : v.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
