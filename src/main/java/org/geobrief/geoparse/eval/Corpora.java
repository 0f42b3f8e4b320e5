package org.geobrief.geoparse.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Readers for the two gold corpora (LGL, GeoWebNews) and the EUPEG line format. Offsets are code points into the
 * document text. Only toponyms with a location count: LGL ones with a {@code gaztag}, GeoWebNews ones with a
 * {@code geonamesID} whose span text equals {@code extractedName}.
 */
public final class Corpora {

    private Corpora() {}

    /** LGL or GeoWebNews, told apart by the article attributes. */
    public static List<EvalDocument> read(Path xml) throws IOException {
        Element root = parse(xml);
        List<EvalDocument> docs = new ArrayList<>();
        for (Element a : children(root, "article")) {
            docs.add(a.hasAttribute("docid") ? lglArticle(a) : gwnArticle(a));
        }
        return docs;
    }

    private static EvalDocument lglArticle(Element a) {
        String text = childText(a, "text");
        String dl = childText(a, "dltime");
        LocalDate published = dl.length() >= 10 ? LocalDate.parse(dl.substring(0, 10)) : null;
        List<Toponym> gold = new ArrayList<>();
        for (Element t : toponyms(a)) {
            Element gaz = first(t, "gaztag");
            if (gaz == null) {
                continue;
            }
            gold.add(new Toponym(
                    childText(t, "phrase"),
                    Integer.parseInt(childText(t, "start")),
                    Integer.parseInt(childText(t, "end")),
                    Double.parseDouble(childText(gaz, "lat")),
                    Double.parseDouble(childText(gaz, "lon")),
                    parseId(gaz.getAttribute("geonameid"))));
        }
        String domain = childText(a, "domain").strip();
        return new EvalDocument(a.getAttribute("docid"), text, published, domain.isEmpty() ? null : domain, gold);
    }

    private static EvalDocument gwnArticle(Element a) {
        String text = childText(a, "text");
        int length = text.codePointCount(0, text.length());
        List<Toponym> gold = new ArrayList<>();
        for (Element t : toponyms(a)) {
            String id = childText(t, "geonamesID");
            if (id.isBlank()) {
                continue;
            }
            String name = childText(t, "extractedName");
            int start = Integer.parseInt(childText(t, "start"));
            int end = Integer.parseInt(childText(t, "end"));
            if (start < 0
                    || end > length
                    || start >= end
                    || !codePoints(text, start, end).equals(name)) {
                continue;
            }
            gold.add(new Toponym(
                    name,
                    start,
                    end,
                    Double.parseDouble(childText(t, "latitude")),
                    Double.parseDouble(childText(t, "longitude")),
                    parseId(id)));
        }
        return new EvalDocument(a.getAttribute("file"), text, null, null, gold);
    }

    /** One list of toponyms per line (document), in the EUPEG format {@code name,,surface,,lat,,lon,,start,,end||}. */
    public static List<List<Toponym>> readEupeg(Path file) throws IOException {
        List<List<Toponym>> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<Toponym> doc = new ArrayList<>();
            for (String entry : line.split("\\|\\|")) {
                if (entry.isBlank()) {
                    continue;
                }
                String[] f = entry.split(",,", -1);
                if (f.length < 6) {
                    throw new IOException(file + ": bad EUPEG entry: " + entry);
                }
                doc.add(new Toponym(
                        f[1],
                        Integer.parseInt(f[4].trim()),
                        Integer.parseInt(f[5].trim()),
                        coordinate(f[2]),
                        coordinate(f[3])));
            }
            docs.add(doc);
        }
        return docs;
    }

    private static long parseId(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A missing coordinate (a recognised name the system could not place) reads as NaN. */
    private static double coordinate(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s.trim());
    }

    static String codePoints(String text, int start, int end) {
        int s = text.offsetByCodePoints(0, start);
        return text.substring(s, text.offsetByCodePoints(s, end - start));
    }

    private static Element parse(Path xml) throws IOException {
        try (InputStream in = Files.newInputStream(xml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(xml + ": not a readable corpus: " + e.getMessage(), e);
        }
    }

    private static List<Element> toponyms(Element article) {
        Element t = first(article, "toponyms");
        return t == null ? List.of() : children(t, "toponym");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String childText(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? "" : e.getTextContent();
    }
}
