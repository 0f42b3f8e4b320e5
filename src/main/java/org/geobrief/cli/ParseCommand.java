package org.geobrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.geobrief.base.TextSpan;
import org.geobrief.geoparse.GeoParser;
import org.geobrief.geoparse.PlaceMention;
import org.geobrief.geoparse.ResolvedMention;

/**
 * {@code parse [--published YYYY-MM-DD] FILE...}: prints one JSON object with every file's articles and their
 * resolved place mentions. A file that cannot be read is reported on stderr and skipped; the exit code is non-zero
 * only when no file could be parsed.
 */
final class ParseCommand implements Cli.Command {

    private final Supplier<GeoParser> parser;
    private final ArticleSplitter splitter;

    ParseCommand() {
        this(BundledParser::get, ArticleSplitter.wholeFile());
    }

    ParseCommand(Supplier<GeoParser> parser, ArticleSplitter splitter) {
        this.parser = parser;
        this.splitter = splitter;
    }

    @Override
    public String summary() {
        return "[--published YYYY-MM-DD] FILE...  print the place mentions of text files as JSON";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        LocalDate published = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--published") && i + 1 < args.length) {
                try {
                    published = LocalDate.parse(args[++i]);
                } catch (DateTimeParseException e) {
                    err.println("parse: --published wants YYYY-MM-DD, got " + args[i]);
                    return 2;
                }
            } else if (args[i].startsWith("--")) {
                err.println("parse: unknown option " + args[i]);
                return 2;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            err.println("Usage: parse [--published YYYY-MM-DD] FILE...");
            return 2;
        }
        GeoParser geoParser = null;
        int parsed = 0;
        try (ParseJson json = new EventsJson(out)) {
            for (Path f : files) {
                String text;
                try {
                    text = readText(f);
                } catch (IOException e) {
                    err.println("parse: " + f + ": " + e.getMessage());
                    continue;
                }
                if (geoParser == null) {
                    geoParser = parser.get();
                }
                List<ParseJson.ParsedArticle> articles = new ArrayList<>();
                for (ArticleInput a : splitter.split(f.toString(), text, published)) {
                    articles.add(new ParseJson.ParsedArticle(f.toString(), a, shifted(geoParser.parse(a.text()), a)));
                }
                json.document(f.toString(), articles);
                parsed++;
            }
        }
        return parsed > 0 ? 0 : 1;
    }

    /** Mentions with spans moved from the article's text to the file's whole text. */
    static List<ResolvedMention> shifted(List<ResolvedMention> mentions, ArticleInput article) {
        int offset = article.span().start();
        if (offset == 0) {
            return mentions;
        }
        List<ResolvedMention> out = new ArrayList<>(mentions.size());
        for (ResolvedMention m : mentions) {
            PlaceMention pm = m.mention();
            TextSpan s = new TextSpan(pm.span().start() + offset, pm.span().end() + offset);
            out.add(new ResolvedMention(
                    new PlaceMention(pm.text(), s, pm.kind()), m.place(), m.confidence(), m.candidates()));
        }
        return out;
    }

    /** The file as text: UTF-8 (or Latin-1 when not valid UTF-8); binary or empty files are refused. */
    static String readText(Path f) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new IOException("binary file, not text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new IOException("empty file");
        }
        return text;
    }
}
