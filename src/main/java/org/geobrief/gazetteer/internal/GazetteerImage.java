package org.geobrief.gazetteer.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geobrief.base.GeoPoint;
import org.geobrief.gazetteer.Place;

/**
 * The place table and its sorted name index as one compact binary resource, {@code geodata/places.bin}, made by the
 * build (process-classes, {@link #main}) from {@code places.tsv.gz} and {@code regions.tsv} so that a start reads it
 * in one pass instead of parsing, normalising and sorting 432k names. Derived data: it is not committed, and the
 * same inputs give the same bytes.
 *
 * <p>Layout (big-endian): magic {@code GBPT}, format version; a table of distinct short strings (feature classes
 * and codes, country and admin-1 codes, admin-1 names); the places (geonameid, population, lat, lon, indexes of
 * their short strings, preferred name); then the name index's arrays as {@link NameIndex} holds them.
 */
public final class GazetteerImage {

    /** Resource name under {@code geodata/}. */
    public static final String NAME = "places.bin";

    private static final int MAGIC = 0x47425054; // "GBPT"
    /**
     * Bumped when the image's content changes for the same inputs (2: names without their Arabic article; 3: quarters'
     * borrowed populations cleared, {@link BorrowedPopulations}).
     */
    private static final int VERSION = 3;

    private GazetteerImage() {}

    /** Writes {@code table} in the layout above. */
    public static void write(PlaceTable table, OutputStream target) throws IOException {
        Map<String, Integer> strings = new HashMap<>();
        List<String> stringList = new ArrayList<>();
        ByteArrayOutputStream placeBytes = new ByteArrayOutputStream(1 << 22);
        DataOutputStream places = new DataOutputStream(placeBytes);
        for (int i = 0; i < table.size(); i++) {
            Place p = table.get(i);
            places.writeLong(p.geonameId());
            places.writeLong(p.population());
            places.writeDouble(p.point().lat());
            places.writeDouble(p.point().lon());
            for (String s :
                    new String[] {p.featureClass(), p.featureCode(), p.countryCode(), p.admin1Code(), p.admin1Name()}) {
                Integer k = strings.get(s);
                if (k == null) {
                    k = stringList.size();
                    strings.put(s, k);
                    stringList.add(s);
                }
                places.writeInt(k);
            }
            byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
            places.writeInt(name.length);
            places.write(name);
        }
        places.flush();

        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(stringList.size());
        for (String s : stringList) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        out.writeInt(table.size());
        placeBytes.writeTo(out);
        NameIndex names = table.names();
        out.writeInt(names.maxTokens());
        out.writeInt(names.blob().length);
        out.write(names.blob());
        writeInts(out, names.keyStarts());
        writeInts(out, names.postStarts());
        writeInts(out, names.allPostings());
        out.flush();
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(values);
        out.write(b.array());
    }

    /** Reads what {@link #write} wrote. */
    public static PlaceTable read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
        if (b.getInt() != MAGIC || b.getInt() != VERSION) {
            throw new IOException("not a GeoBrief place image of version " + VERSION);
        }
        String[] strings = new String[b.getInt()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = utf8(b, b.getInt());
        }
        Place[] places = new Place[b.getInt()];
        for (int i = 0; i < places.length; i++) {
            long id = b.getLong();
            long population = b.getLong();
            double lat = b.getDouble();
            double lon = b.getDouble();
            String featureClass = strings[b.getInt()];
            String featureCode = strings[b.getInt()];
            String countryCode = strings[b.getInt()];
            String admin1Code = strings[b.getInt()];
            String admin1Name = strings[b.getInt()];
            String name = utf8(b, b.getInt());
            places[i] = new Place(
                    id,
                    name,
                    featureClass,
                    featureCode,
                    countryCode,
                    admin1Code,
                    admin1Name,
                    population,
                    new GeoPoint(lat, lon));
        }
        int maxTokens = b.getInt();
        byte[] blob = new byte[b.getInt()];
        b.get(blob);
        int[] keyStart = readInts(b);
        int[] postStart = readInts(b);
        int[] postings = readInts(b);
        return PlaceTable.of(places, NameIndex.of(blob, keyStart, postStart, postings, maxTokens));
    }

    private static String utf8(ByteBuffer b, int length) {
        String s = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }

    private static int[] readInts(ByteBuffer b) {
        int[] values = new int[b.getInt()];
        b.asIntBuffer().get(values);
        b.position(b.position() + values.length * 4);
        return values;
    }

    /**
     * Build step: {@code GazetteerImage CLASSES_DIR} writes {@code CLASSES_DIR/geodata/places.bin} from the text
     * files there, unless it is already newer than all of them and of this {@link #VERSION}.
     */
    private static boolean sameVersion(Path image) throws IOException {
        try (var in = new java.io.DataInputStream(Files.newInputStream(image))) {
            return in.readInt() == MAGIC && in.readInt() == VERSION;
        } catch (java.io.EOFException e) {
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], "geodata");
        Path target = dir.resolve(NAME);
        List<Path> inputs =
                List.of(dir.resolve("places.tsv.gz"), dir.resolve("regions.tsv"), dir.resolve("countries.tsv"));
        if (Files.exists(target) && !sameVersion(target)) {
            Files.delete(target); // written by other rules (an older VERSION): derive it again
        }
        if (Files.exists(target)) {
            long made = Files.getLastModifiedTime(target).toMillis();
            boolean fresh = true;
            for (Path p : inputs) {
                fresh &= Files.getLastModifiedTime(p).toMillis() < made;
            }
            if (fresh) {
                return;
            }
        }
        PlaceTable table;
        try (InputStream places = Files.newInputStream(inputs.get(0));
                InputStream regions = Files.newInputStream(inputs.get(1));
                InputStream countries = Files.newInputStream(inputs.get(2))) {
            var countryTable = CountryTable.read(countries);
            table = PlaceTable.read(places, areas -> RegionTable.rows(regions, areas, countryTable));
        }
        Path tmp = dir.resolve(NAME + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(table, out);
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
