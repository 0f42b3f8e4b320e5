package org.geobrief.gazetteer.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.geobrief.gazetteer.Names;

/**
 * Normalised names ({@link Names#normalise}) to place indexes, in a compact sorted form: all keys in one UTF-8
 * byte blob ordered by unsigned bytes, found by binary search, each with a run of postings. A posting is
 * {@code placeIndex << 1 | primary}, where {@code primary} is 1 when the key is the place's preferred name.
 */
public final class NameIndex {

    private final byte[] blob;
    private final int[] keyStart; // n + 1 offsets into blob
    private final int[] postStart; // n + 1 offsets into postings
    private final int[] postings;
    private final int maxTokens;

    /** Number of {@link #prefixClass} values: 257 per first byte (a one-byte key, then one per second byte). */
    private static final int CLASSES = 256 * 257;

    /**
     * Per prefix class, the first key of that class or a later one (and {@code size()} at the end): a search looks
     * only among the keys that share its query's first two bytes, some 20 comparisons of long common prefixes fewer.
     */
    private final int[] classStart;

    private NameIndex(byte[] blob, int[] keyStart, int[] postStart, int[] postings, int maxTokens) {
        this.blob = blob;
        this.keyStart = keyStart;
        this.postStart = postStart;
        this.postings = postings;
        this.maxTokens = maxTokens;
        this.classStart = new int[CLASSES + 1];
        int k = 0;
        for (int c = 0; c <= CLASSES; c++) {
            while (k < size() && prefixClass(blob, keyStart[k], keyStart[k + 1]) < c) {
                k++;
            }
            classStart[c] = k;
        }
    }

    /**
     * The class of the key {@code bytes[from, to)} by its first two bytes, in key order (a key of a lower class sorts
     * before every key of a higher one): {@code b0 * 257} for a one-byte key, {@code b0 * 257 + b1 + 1} for a longer
     * one, 0 for the empty key.
     */
    static int prefixClass(byte[] bytes, int from, int to) {
        if (to == from) {
            return 0;
        }
        int first = (bytes[from] & 0xff) * 257;
        return to - from == 1 ? first : first + (bytes[from + 1] & 0xff) + 1;
    }

    /** The index of these arrays, as {@link GazetteerImage} wrote them (see the fields for their meaning). */
    static NameIndex of(byte[] blob, int[] keyStart, int[] postStart, int[] postings, int maxTokens) {
        return new NameIndex(blob, keyStart, postStart, postings, maxTokens);
    }

    byte[] blob() {
        return blob;
    }

    int[] keyStarts() {
        return keyStart;
    }

    int[] postStarts() {
        return postStart;
    }

    int[] allPostings() {
        return postings;
    }

    /**
     * Names of more tokens than this are not indexed: they are ceremonial long forms ("Krung Thep Maha Nakhon Amon
     * Rattanakosin ...") that news does not write, and they would make n-gram lookups scan needlessly long windows.
     */
    public static final int MAX_TOKENS = 8;

    /** Collects (normalised name, place) pairs, then {@link #build()}s the index. */
    public static final class Builder {
        private final Map<String, int[]> map = new HashMap<>(1 << 20);

        /** Adds {@code rawName} for the place at {@code placeIndex}; duplicates of a pair are ignored. */
        public void add(String rawName, int placeIndex, boolean primary) {
            String key = Names.normalise(rawName);
            if (key.isEmpty() || Names.tokenCount(key) > MAX_TOKENS) {
                return;
            }
            int posting = placeIndex << 1 | (primary ? 1 : 0);
            int[] list = map.get(key);
            if (list == null) {
                map.put(key, new int[] {1, posting});
                return;
            }
            int n = list[0];
            for (int i = 1; i <= n; i++) {
                if (list[i] >> 1 == placeIndex) {
                    list[i] |= posting & 1;
                    return;
                }
            }
            if (n + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                map.put(key, list);
            }
            list[n + 1] = posting;
            list[0] = n + 1;
        }

        public NameIndex build() {
            List<byte[]> keys = new ArrayList<>(map.size());
            Map<byte[], int[]> byBytes = new HashMap<>(map.size() * 2);
            int maxTokens = 0;
            long blobSize = 0;
            int postCount = 0;
            for (Map.Entry<String, int[]> e : map.entrySet()) {
                byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
                keys.add(k);
                byBytes.put(k, e.getValue());
                maxTokens = Math.max(maxTokens, Names.tokenCount(e.getKey()));
                blobSize += k.length;
                postCount += e.getValue()[0];
            }
            keys.sort(Arrays::compareUnsigned);
            byte[] blob = new byte[Math.toIntExact(blobSize)];
            int[] keyStart = new int[keys.size() + 1];
            int[] postStart = new int[keys.size() + 1];
            int[] postings = new int[postCount];
            int b = 0;
            int p = 0;
            for (int i = 0; i < keys.size(); i++) {
                byte[] k = keys.get(i);
                keyStart[i] = b;
                System.arraycopy(k, 0, blob, b, k.length);
                b += k.length;
                postStart[i] = p;
                int[] list = byBytes.get(k);
                System.arraycopy(list, 1, postings, p, list[0]);
                p += list[0];
            }
            keyStart[keys.size()] = b;
            postStart[keys.size()] = p;
            map.clear();
            return new NameIndex(blob, keyStart, postStart, postings, maxTokens);
        }
    }

    /** Number of distinct normalised names. */
    public int size() {
        return keyStart.length - 1;
    }

    /** Total (name, place) pairs. */
    public int postingCount() {
        return postings.length;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** Whether {@code normalisedName} (already in {@link Names#normalise} form) names some place. */
    public boolean contains(String normalisedName) {
        return find(normalisedName.getBytes(StandardCharsets.UTF_8)) >= 0;
    }

    /** Postings of the exact key, or an empty array. */
    public int[] postings(String normalisedName) {
        int k = find(normalisedName.getBytes(StandardCharsets.UTF_8));
        return k < 0 ? new int[0] : Arrays.copyOfRange(postings, postStart[k], postStart[k + 1]);
    }

    /**
     * Feeds the postings of every key that starts with {@code normalisedPrefix}, in key order, visiting at most
     * {@code maxKeys} keys.
     */
    public void forPrefix(String normalisedPrefix, int maxKeys, IntConsumer posting) {
        byte[] q = normalisedPrefix.getBytes(StandardCharsets.UTF_8);
        int k = lowerBound(q);
        for (int seen = 0; k < size() && seen < maxKeys; k++, seen++) {
            int from = keyStart[k];
            int len = keyStart[k + 1] - from;
            if (len < q.length || Arrays.compareUnsigned(blob, from, from + q.length, q, 0, q.length) != 0) {
                break;
            }
            for (int i = postStart[k]; i < postStart[k + 1]; i++) {
                posting.accept(postings[i]);
            }
        }
    }

    /** The key at position {@code k} (for diagnostics and tests). */
    public String key(int k) {
        return new String(blob, keyStart[k], keyStart[k + 1] - keyStart[k], StandardCharsets.UTF_8);
    }

    private int find(byte[] q) {
        int k = lowerBound(q);
        if (k < size() && compare(k, q) == 0) {
            return k;
        }
        return -1;
    }

    /**
     * The first key not below {@code q}. A binary search among the keys of {@code q}'s prefix class that compares each
     * key from the bytes it must share with {@code q}: every key between two keys shares with {@code q} at least the
     * shorter of their common prefixes with it (keys are sorted), and every key of the class shares its first bytes
     * (issue 18: the comparisons went over the same leading bytes at each step).
     */
    private int lowerBound(byte[] q) {
        int c = prefixClass(q, 0, q.length);
        int lo = classStart[c];
        int hi = classStart[c + 1];
        int sharedLo = Math.min(2, q.length); // common prefix with q of the key below lo, of the key at hi
        int sharedHi = sharedLo;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int from = keyStart[mid];
            int len = keyStart[mid + 1] - from;
            int n = Math.min(len, q.length);
            int i = Math.min(sharedLo, sharedHi);
            while (i < n && blob[from + i] == q[i]) {
                i++;
            }
            int d = i < n ? (blob[from + i] & 0xff) - (q[i] & 0xff) : len - q.length;
            if (d < 0) {
                lo = mid + 1;
                sharedLo = i;
            } else {
                hi = mid;
                sharedHi = i;
            }
        }
        return lo;
    }

    /**
     * Key {@code k} against {@code q}, bytes unsigned: negative, zero or positive as {@link Arrays#compareUnsigned}.
     * A plain loop: keys are short and most comparisons end at their first bytes, where the library's vectorised
     * mismatch search costs more than it saves outside the optimising JIT tier (commands run without it).
     */
    private int compare(int k, byte[] q) {
        int from = keyStart[k];
        int len = keyStart[k + 1] - from;
        int n = Math.min(len, q.length);
        for (int i = 0; i < n; i++) {
            int d = (blob[from + i] & 0xff) - (q[i] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return len - q.length;
    }
}
