package org.geobrief.geoparse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

    @TempDir
    Path dir;

    @Test
    void lgl_keeps_only_toponyms_with_a_gaztag() throws Exception {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(
                f,
                """
                <articles><article docid="7"><title>T</title><dltime>2009-03-20 12:24:52.002364-05</dltime>
                <text><![CDATA[Floods in Paris and Main Street.]]></text><toponyms>
                <toponym><start>10</start><end>15</end><phrase>Paris</phrase>
                  <gaztag geonameid="2988507"><name>Paris</name><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>
                <toponym><start>20</start><end>31</end><phrase>Main Street</phrase></toponym>
                </toponyms></article></articles>""");
        List<EvalDocument> docs = Corpora.read(f);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).published()).isEqualTo(LocalDate.of(2009, 3, 20));
        assertThat(docs.get(0).gold()).containsExactly(new Toponym("Paris", 10, 15, 48.85, 2.35));
    }

    @Test
    void geowebnews_needs_a_geonames_id_and_a_span_that_matches_its_name() throws Exception {
        Path f = dir.resolve("gwn.xml");
        Files.writeString(
                f,
                """
                <articles><article file="0"><title>T</title><text>Rain in 😀 Lyon and Nice.</text><toponyms>
                <toponym><extractedName>Lyon</extractedName><start>10</start><end>14</end>
                  <geonamesID>2996944</geonamesID><latitude>45.76</latitude><longitude>4.83</longitude></toponym>
                <toponym><extractedName>Nice</extractedName><start>0</start><end>4</end>
                  <geonamesID>2990440</geonamesID><latitude>43.7</latitude><longitude>7.27</longitude></toponym>
                <toponym><extractedName>Nice</extractedName><start>19</start><end>23</end><geonamesID/></toponym>
                </toponyms></article></articles>""");
        assertThat(Corpora.read(f).get(0).gold()).containsExactly(new Toponym("Lyon", 10, 14, 45.76, 4.83));
    }

    @Test
    void eupeg_lines_hold_one_document_each() throws Exception {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "Paris, France,,Paris,,48.85,,2.35,,10,,15||Lyon,,Lyon,,45.7,,4.8,,40,,44,,12.5||\n\n");
        List<List<Toponym>> docs = Corpora.readEupeg(f);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0)).hasSize(2);
        assertThat(docs.get(0).get(0)).isEqualTo(new Toponym("Paris", 10, 15, 48.85, 2.35));
        assertThat(docs.get(1)).isEmpty();
    }
}
