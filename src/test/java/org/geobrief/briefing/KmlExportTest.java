package org.geobrief.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.geobrief.briefing.Briefings.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class KmlExportTest {

    private static final String KML = "http://www.opengis.net/kml/2.2";
    private static Document doc;

    @BeforeAll
    static void export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Briefings.write(Format.KML, SampleEvents.kazakhstan(), SampleEvents.context(), out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(KML, name);
        assertThat(list.getLength()).as(name + " in " + parent.getLocalName()).isPositive();
        return (Element) list.item(0);
    }

    private static List<Element> placemarks() {
        NodeList list = doc.getElementsByTagNameNS(KML, "Placemark");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void is_kml_2_2_with_a_document_of_placemarks() {
        Element root = doc.getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo(KML);
        assertThat(root.getLocalName()).isEqualTo("kml");
        assertThat(child(root, "Document").getParentNode()).isEqualTo(root);
        assertThat(placemarks()).hasSize(7);
    }

    @Test
    void each_placemark_has_a_timestamp_and_a_lon_lat_point() {
        Element zhanaozen = placemarks().get(0);

        assertThat(child(child(zhanaozen, "TimeStamp"), "when").getTextContent())
                .isEqualTo("2022-01-02");
        assertThat(child(child(zhanaozen, "Point"), "coordinates").getTextContent())
                .isEqualTo("52.86192,43.34116");
        // only the month is known: KML's gYearMonth form
        assertThat(child(placemarks().get(5), "when").getTextContent()).isEqualTo("2022-01");
    }

    @Test
    void each_placemark_points_at_the_style_of_its_type() {
        List<String> styles = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS(KML, "Style");
        for (int i = 0; i < list.getLength(); i++) {
            styles.add(((Element) list.item(i)).getAttribute("id"));
        }

        for (Element p : placemarks()) {
            assertThat(styles).contains(child(p, "styleUrl").getTextContent().substring(1));
        }
        assertThat(child(placemarks().get(1), "styleUrl").getTextContent()).isEqualTo("#type-riots");
    }

    @Test
    void the_description_quotes_the_source_sentence_html_escaped() {
        String html = child(placemarks().get(1), "description").getTextContent();

        assertThat(html)
                .contains("\u201CProtesters in Алматы shouted &quot;Shal, ket!&quot; &amp; stormed the akimat"
                        + " &lt;city hall&gt;, witnesses said.\u201D")
                .contains("<a href=\"https://www.reuters.com/world/asia-pacific/kazakhstan-2022-01-06/\">");
    }

    @Test
    void the_balloon_says_how_precisely_the_place_is_known_as_the_panel_does() {
        assertThat(child(placemarks().get(1), "description").getTextContent()).contains("in Almaty, Kazakhstan");
        assertThat(child(placemarks().get(5), "description").getTextContent())
                .contains("somewhere in Kazakhstan")
                .doesNotContain("somewhere in Kazakhstan, Kazakhstan");
        assertThat(child(placemarks().get(6), "description").getTextContent()).contains("near Bishkek, Kyrgyzstan");
    }
}
