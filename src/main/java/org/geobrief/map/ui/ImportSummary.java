package org.geobrief.map.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The end of an import in plain words: "Imported 9 articles from 2 documents with 23 events naming 14 places; 1
 * article was already stored and skipped." followed by one line per refused file saying why.
 */
final class ImportSummary {

    private int inputs;
    private int articles;
    private final Set<String> events = new HashSet<>();
    private int duplicates;
    private final Set<Long> places = new HashSet<>();
    private final List<String> refused = new ArrayList<>();
    private final List<String> refusedNames = new ArrayList<>();
    private final List<String> cancelledNames = new ArrayList<>();

    /** A file or pasted text that was imported. */
    void add(ImportOutcome o) {
        inputs++;
        articles += o.articles();
        events.addAll(o.eventIds());
        duplicates += o.duplicates();
        places.addAll(o.places());
    }

    /** A file or pasted text that was refused; {@code why} names it ("empty.txt is empty."). */
    void refuse(String name, String why) {
        refusedNames.add(name);
        refused.add(why);
    }

    /** A file or pasted text whose import the analyst cancelled: not a refusal, nothing of it stored. */
    void cancelled(String name) {
        cancelledNames.add(name);
    }

    boolean anyRefused() {
        return !refused.isEmpty();
    }

    /** The summary with one line per refused file saying why (for a notification). */
    List<String> lines() {
        return lines(true);
    }

    /** The summary naming the refused files without repeating why (the dialog shows it on each file's row). */
    List<String> brief() {
        return lines(false);
    }

    private List<String> lines(boolean reasons) {
        List<String> lines = new ArrayList<>();
        if (inputs > 0) {
            String s = "Imported " + count(articles, "article") + " from " + count(inputs, "document") + " with "
                    + count(events.size(), "event") + " naming " + count(places.size(), "place");
            if (duplicates > 0) {
                s += "; " + count(duplicates, "article") + (duplicates == 1 ? " was" : " were")
                        + " already stored and skipped";
            }
            lines.add(s + ".");
        }
        if (!refused.isEmpty()) {
            String head = count(refused.size(), "document") + " refused, nothing of "
                    + (refused.size() == 1 ? "it" : "them") + " stored";
            if (reasons) {
                lines.add(head + ":");
                lines.addAll(refused);
            } else {
                lines.add(head + ": " + String.join(", ", refusedNames) + ".");
            }
        }
        if (!cancelledNames.isEmpty()) {
            lines.add(count(cancelledNames.size(), "import") + " cancelled, nothing of "
                    + (cancelledNames.size() == 1 ? "it" : "them") + " stored: " + String.join(", ", cancelledNames)
                    + ".");
        }
        return lines;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** 63 MB, 1.3 MB, 120 KB, 512 bytes. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return Math.round(kb) + " KB";
        }
        double mb = kb / 1024;
        return mb < 10 && Math.round(mb * 10) % 10 != 0
                ? String.format(Locale.ROOT, "%.1f MB", mb)
                : Math.round(mb) + " MB";
    }
}
