package org.geobrief.gazetteer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerImageTest {

    private static final String ROWS = String.join(
            "\n",
            "1526384\tAlmaty\tP\tPPLA\tKZ\t02\t43.25\t76.91667\t2000900\tAlma-Ata|Almaty",
            "1526386\tAlmaty Oblysy\tA\tADM1\tKZ\t10\t45.0\t78.0\t2000000\tAlmaty Region",
            "1522867\tKazakhstan\tA\tPCLI\tKZ\t00\t48.0\t68.0\t18276500\tQazaqstan",
            "2658434\tZürich\tP\tPPLA\tCH\t25\t47.36667\t8.55\t341730\tZurich",
            "");

    private static PlaceTable table() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(ROWS.getBytes(StandardCharsets.UTF_8));
        }
        return PlaceTable.read(new ByteArrayInputStream(gz.toByteArray()));
    }

    private static byte[] image(PlaceTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GazetteerImage.write(table, out);
        return out.toByteArray();
    }

    @Test
    void reads_back_the_places_and_the_sorted_name_index_it_wrote() throws IOException {
        PlaceTable text = table();
        PlaceTable read = GazetteerImage.read(new ByteArrayInputStream(image(text)));
        assertEquals(text.size(), read.size());
        for (int i = 0; i < text.size(); i++) {
            assertEquals(text.get(i), read.get(i));
        }
        assertEquals(text.names().size(), read.names().size());
        for (int k = 0; k < text.names().size(); k++) {
            assertEquals(text.names().key(k), read.names().key(k));
        }
        assertArrayEquals(text.names().postings("alma ata"), read.names().postings("alma ata"));
        assertArrayEquals(text.names().postings("zurich"), read.names().postings("zurich"));
        assertEquals(text.names().maxTokens(), read.names().maxTokens());
        assertThat(read.country("KZ").name()).isEqualTo("Kazakhstan");
        assertThat(read.admin1("KZ", "10").name()).isEqualTo("Almaty Oblysy");
        assertThat(read.indexOf(2658434)).isEqualTo(3);
    }

    @Test
    void the_same_places_give_the_same_bytes() throws IOException {
        assertArrayEquals(image(table()), image(table()));
    }
}
