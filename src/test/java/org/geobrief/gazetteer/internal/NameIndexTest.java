package org.geobrief.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static NameIndex index() {
        NameIndex.Builder b = new NameIndex.Builder();
        b.add("Almaty", 0, true);
        b.add("Alma-Ata", 0, false);
        b.add("Almaty", 1, true); // the admin-1 area of the same name
        b.add("ALMATY", 1, false); // same pair again: ignored, primary flag kept
        b.add("Astana", 2, true);
        b.add("Nur-Sultan", 2, false);
        b.add("Zürich", 3, true);
        b.add("Krung Thep Maha Nakhon Amon Rattanakosin Mahintarayutthaya Maha Dilok", 4, false);
        b.add("--", 5, true);
        return b.build();
    }

    @Test
    void finds_postings_of_normalised_names() {
        NameIndex index = index();
        assertArrayEquals(new int[] {0 << 1 | 1, 1 << 1 | 1}, index.postings("almaty"));
        assertArrayEquals(new int[] {2 << 1}, index.postings("nur sultan"));
        assertArrayEquals(new int[] {3 << 1 | 1}, index.postings("zurich"));
        assertArrayEquals(new int[0], index.postings("almat"));
    }

    @Test
    void knows_which_strings_are_names() {
        NameIndex index = index();
        assertTrue(index.contains("alma ata"));
        assertFalse(index.contains("alma"));
        assertFalse(index.contains(""));
        assertEquals(5, index.size()); // almaty, alma ata, astana, nur sultan, zurich
    }

    @Test
    void skips_names_longer_than_the_token_limit() {
        NameIndex index = index();
        assertFalse(index.contains("krung thep maha nakhon amon rattanakosin mahintarayutthaya maha dilok"));
        assertEquals(2, index.maxTokens());
    }

    @Test
    void visits_keys_by_prefix_in_order() {
        List<Integer> seen = new ArrayList<>();
        index().forPrefix("alm", 100, seen::add);
        assertEquals(List.of(0, 0 << 1 | 1, 1 << 1 | 1), seen); // "alma ata" sorts before "almaty"
        seen.clear();
        index().forPrefix("alm", 1, seen::add);
        assertThat(seen).containsExactly(0);
    }

    @Test
    void keys_of_one_byte_two_bytes_and_more_are_found_among_their_neighbours() {
        NameIndex.Builder b = new NameIndex.Builder();
        List<String> names = List.of("A", "Aa", "Ab", "Ab c", "B", "Ba", "z", "Москва", "Мо", "Αθήνα", "9", "9 9");
        for (int i = 0; i < names.size(); i++) {
            b.add(names.get(i), i, true);
        }
        NameIndex index = b.build();
        for (int i = 0; i < names.size(); i++) {
            String key = org.geobrief.gazetteer.Names.normalise(names.get(i));
            assertArrayEquals(new int[] {i << 1 | 1}, index.postings(key), key);
        }
        for (String absent : List.of("", "0", "a ", "ac", "b c", "c", "zz", "м", "мос", "α", "\u00ff", "9 ")) {
            assertFalse(index.contains(absent), absent);
        }
        List<Integer> seen = new ArrayList<>();
        index.forPrefix("a", 100, seen::add);
        assertEquals(List.of(0 << 1 | 1, 1 << 1 | 1, 2 << 1 | 1, 3 << 1 | 1), seen);
    }

    @Test
    void a_prefix_class_orders_keys_by_their_first_two_bytes() {
        byte[] k = {(byte) 0xd0, (byte) 0xbc, 'a'};
        assertEquals(0, NameIndex.prefixClass(k, 0, 0));
        assertEquals(0xd0 * 257, NameIndex.prefixClass(k, 0, 1));
        assertEquals(0xd0 * 257 + 0xbc + 1, NameIndex.prefixClass(k, 0, 3));
        assertEquals(255 * 257 + 256, NameIndex.prefixClass(new byte[] {-1, -1}, 0, 2));
    }

    @Test
    void every_key_and_every_absent_neighbour_is_found_as_a_sorted_set_finds_it() {
        java.util.Random random = new java.util.Random(18);
        String[] parts = {"a", "b", "ab", "aa", " ", "-", "z", "é", "мо", "\u00ff", "9"};
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        NameIndex.Builder b = new NameIndex.Builder();
        for (int i = 0; i < 3000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            b.add(name.toString(), i, true);
            String key = org.geobrief.gazetteer.Names.normalise(name.toString());
            if (!key.isEmpty()) { // as the builder: an empty key is no name
                keys.add(key);
            }
        }
        NameIndex index = b.build();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder q = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                q.append(parts[random.nextInt(parts.length)]);
            }
            String key = org.geobrief.gazetteer.Names.normalise(q.toString());
            assertEquals(keys.contains(key), index.contains(key), key);
        }
        for (String key : keys) {
            assertTrue(index.contains(key), key);
            List<Integer> seen = new ArrayList<>();
            index.forPrefix(key, Integer.MAX_VALUE, seen::add);
            long expected =
                    keys.tailSet(key).stream().takeWhile(k -> k.startsWith(key)).count();
            assertThat(seen.size()).as(key).isGreaterThanOrEqualTo((int) expected);
        }
    }
}
