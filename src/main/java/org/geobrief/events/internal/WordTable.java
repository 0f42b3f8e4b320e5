package org.geobrief.events.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A fixed set of words in ASCII lower case, looked up by a span of text read in ASCII lower case, without copying the
 * span (issue 18: the trigger lexicon's word pass made a string of every word of every sentence to look it up).
 */
final class WordTable {

    private final String[] slots;
    private final int mask;
    private final Set<String> words;

    private WordTable(Set<String> words) {
        this.words = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1; // at most a third full
        this.slots = new String[size];
        this.mask = size - 1;
        for (String w : words) {
            int i = hash(w, 0, w.length()) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
    }

    /** The table of {@code words} (each in ASCII lower case; duplicates are kept once). */
    static WordTable of(Collection<String> words) {
        return new WordTable(new LinkedHashSet<>(words));
    }

    /** The words of the table. */
    Set<String> words() {
        return words;
    }

    /** The table's word that {@code text[start, end)} spells in ASCII lower case, or null. */
    String find(CharSequence text, int start, int end) {
        int i = hash(text, start, end) & mask;
        for (String w = slots[i]; w != null; w = slots[i = (i + 1) & mask]) {
            if (spells(w, text, start, end)) {
                return w;
            }
        }
        return null;
    }

    private static boolean spells(String word, CharSequence text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + lower(text.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
