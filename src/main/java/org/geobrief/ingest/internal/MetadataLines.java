package org.geobrief.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the metadata lines of news articles: bylines ("By Jane Doe"), date lines ("January 7, 2022",
 * "Published: 2022-01-07"), outlet lines ("Published by", "Source: ...", "Copyright ..."), URLs and datelines
 * ("ALMATY (Reuters) -"). Plain heuristics, English-first, no per-outlet rules.
 */
public final class MetadataLines {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                    + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/](\\d{2})[-/](\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^(?:(?:published|posted|updated|last updated|first published|date)(?:\\s+on)?\\s*:?\\s*)?"
                    + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'“”]+[^\\s<>\"'“”.,;:!?)\\]]");
    private static final Pattern BYLINE =
            Pattern.compile("^(?:by|written by|author:)\\s+(\\p{Lu}.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_BY =
            Pattern.compile("^published by\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE =
            Pattern.compile("^(?:source|sources|via)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright|©|\\(c\\))\\s*(?:\\(c\\)|©)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*[.,]?\\s*)?([^.,;]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern END_MARKER = Pattern.compile(
            "^(?:source|sources)\\s*:|^copyright\\b|^©|^\\(c\\)\\s|^all rights reserved|^reprinted with|"
                    + "^this (?:article|story) (?:was |first )?(?:originally )?(?:appeared|published)|"
                    + "^originally published|^continue reading|^read more\\b|^read the full",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEASER_END = Pattern.compile(
            "(?:continue reading|read more|read the full (?:story|article))\\b[^\\n]{0,200}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_OUTLET = Pattern.compile(
            "\\b\\p{Lu}[\\p{Lu} .'’-]++(?:,\\s*+\\p{Lu}[\\p{L}.]++)?\\s*+\\(([\\p{L}&./ -]{2,40})\\)\\s*[-–—]");
    private static final Pattern SEPARATOR =
            Pattern.compile("^\\s*+(?:[-=*_~#•·+]\\s*+){3,}+$"); // possessive: no recursion per mark
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");

    private MetadataLines() {}

    /** A line of only punctuation ("---", "* * *", "====") that separates articles. */
    public static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** "Source: ...", "Copyright ...", "Continue reading": a line that ends an article. */
    public static boolean isEndMarker(String line) {
        return END_MARKER.matcher(line.strip()).lookingAt(); // each branch starts with ^: find() tried every char
    }

    /** A paragraph whose last words invite to read on ("... Continue reading “Title”"): a teaser, cut here. */
    public static boolean endsWithTeaserLink(String paragraph) {
        String p = paragraph.strip();
        // TEASER_END's search tries its three phrases at every character of the paragraph; most hold none of them
        String lower = p.toLowerCase(Locale.ROOT);
        if (!lower.contains("continue reading") && !lower.contains("read more") && !lower.contains("read the full")) {
            return false;
        }
        return TEASER_END.matcher(p).find();
    }

    /** The first date written in the line ("January 7, 2022", "7 Jan 2022", "2022-01-07", "07.01.2022"). */
    public static Optional<LocalDate> findDate(String line) {
        for (Pattern p : new Pattern[] {MDY, DMY, ISO, DOTTED}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** A line that is a date and little else: "January 7, 2022", "Published: Fri, 7 Jan 2022 10:30". */
    public static Optional<LocalDate> dateLine(String line) {
        String t = line.strip();
        if (t.length() > 60) {
            return Optional.empty();
        }
        Matcher prefix = DATE_PREFIX.matcher(t);
        String rest = prefix.lookingAt() ? t.substring(prefix.end()) : t;
        Optional<LocalDate> date = findDate(rest);
        if (date.isEmpty()) {
            return date;
        }
        // the date must lead the rest of the line, e.g. not "Protests began on January 5, 2022"
        for (Pattern p : new Pattern[] {MDY, DMY, ISO, DOTTED}) {
            Matcher m = p.matcher(rest);
            if (m.find() && rest.substring(0, m.start()).isBlank()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Lines at an article's head where its own date may stand (headline, byline, date line, dateline). */
    private static final int OPENING_LINES = 6;
    /** How far into such a line the date may stand: "WASHINGTON, March 3, 2024 —", "By Jane Doe | 3 March 2024". */
    private static final int OPENING_DATE_WITHIN = 80;

    /**
     * A full date (with its year) near the start of one of the article's first lines: its date line, its byline's
     * date or a dateline ("KYIV, March 3, 2024 (Reuters) —"). Used where the only other date is a file's creation
     * date, which the text's own date beats.
     */
    public static Optional<LocalDate> openingDate(String articleText) {
        int lines = 0;
        for (String line : articleText.lines().limit(40).toList()) {
            if (line.isBlank()) {
                continue;
            }
            String head = line.strip();
            Optional<LocalDate> d = findDate(head.substring(0, Math.min(head.length(), OPENING_DATE_WITHIN)));
            if (d.isPresent()) {
                return d;
            }
            if (++lines >= OPENING_LINES) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The date in a file name such as {@code digest-2022-01-07.txt}. */
    public static Optional<LocalDate> fileNameDate(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(fileName);
        return m.find() ? toDate(ISO, m) : Optional.empty();
    }

    /** The author named by a byline at the start of the line: "By Olzhas Auyezov ALMATY (Reuters) -" -> the name. */
    public static Optional<String> byline(String line) {
        Matcher m = BYLINE.matcher(line.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        int tokens = 0;
        for (String token : m.group(1).split("\\s+")) {
            String bare = token.replaceAll("[,;]$", "");
            boolean connector =
                    bare.equals("and") || bare.equals("&") || bare.matches("(?:de|van|von|da|al|bin|der|la|le)");
            boolean shout = bare.length() > 2
                    && bare.equals(bare.toUpperCase(Locale.ROOT))
                    && bare.chars().anyMatch(Character::isLetter);
            if (shout || !(connector || NAME_TOKEN.matcher(bare).matches()) || ++tokens > 8) {
                break;
            }
            name.append(name.isEmpty() ? "" : " ").append(bare);
            if (!bare.equals(token)) {
                break;
            }
        }
        String author = name.toString().replaceAll("\\s+(?:and|&|de|van|von|da|al|bin|der|la|le)$", "");
        return author.contains(" ") || (tokens == 1 && author.length() > 2) ? Optional.of(author) : Optional.empty();
    }

    /** "Published by Reuters" -> "Reuters"; "Published by" alone -> "" (the outlet is on the next line). */
    public static Optional<String> publishedBy(String line) {
        Matcher m = PUBLISHED_BY.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The outlet named by a "Source: ..." or "Copyright ..." line. */
    public static Optional<String> outletOf(String line) {
        String t = line.strip();
        Matcher s = SOURCE.matcher(t);
        if (s.matches()) {
            return nonBlank(s.group(1).replaceAll("[.\\s]+$", ""));
        }
        Matcher c = COPYRIGHT.matcher(t);
        if (c.lookingAt()) {
            return nonBlank(c.group(1).replaceAll("(?i)\\s*all rights reserved.*", ""));
        }
        return Optional.empty();
    }

    /** The agency in a dateline near the start of the text: "ALMATY (Reuters) -" -> "Reuters". */
    public static Optional<String> datelineOutlet(String paragraph) {
        // only a dateline near the start counts, so only the start is searched: a paragraph of 1 MB capitals was
        // quadratic
        Matcher m = DATELINE_OUTLET.matcher(paragraph).region(0, Math.min(paragraph.length(), 400));
        return m.find() && m.start() < 120 ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static final Pattern URL_LABEL = Pattern.compile("(?i)^(?:url|link|source url)\\s*:\\s*");

    /** A line that is a URL and nothing else, optionally after "URL:" or "Link:". */
    public static Optional<String> urlLine(String line) {
        String t = URL_LABEL.matcher(line.strip()).replaceFirst("");
        Matcher m = URL.matcher(t);
        return m.matches() ? Optional.of(t) : Optional.empty();
    }

    public static Optional<String> firstUrl(String text) {
        Matcher m = URL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        String t = s.strip();
        return t.isEmpty() || t.length() > 80 ? Optional.empty() : Optional.of(t);
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == MDY) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
            } else if (p == DMY) {
                return Optional.of(LocalDate.of(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
            } else if (p == ISO) {
                return Optional.of(
                        LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } else {
                return Optional.of(
                        LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int year(String y) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("implausible year " + year);
        }
        return year;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, 3));
        if (m == null) {
            throw new IllegalArgumentException("no month " + name);
        }
        return m;
    }
}
