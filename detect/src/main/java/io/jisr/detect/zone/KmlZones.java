package io.jisr.detect.zone;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads zones from KML 2.2 (OGC 07-147r2): every {@code Placemark} with a {@code Polygon} or a
 * {@code MultiGeometry} of polygons becomes a zone; its {@code name}, its {@code id} attribute and
 * {@code ExtendedData} values {@code id}, {@code kind} and {@code dwellMinutes} fill the zone. The
 * input is hostile: document type declarations are refused (no external entities, no entity
 * expansion), sizes are bounded, coordinates checked and polygons validated; the answer is always a
 * {@link ZoneImport}.
 */
public final class KmlZones {

    /** The largest input accepted, in characters. */
    public static final int MAX_CHARACTERS = ZoneShapes.MAX_CHARACTERS;

    private final ZoneShapes shapes = new ZoneShapes();
    private final ZoneKind defaultKind;

    private KmlZones(ZoneKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    /** Reads zones from KML text; placemarks without a {@code kind} get {@code defaultKind}. */
    public static ZoneImport read(String text, ZoneKind defaultKind) {
        return ZoneShapes.importing(text, () -> {
            Document document;
            try {
                document = parser().parse(new InputSource(new StringReader(text)));
            } catch (SAXParseException e) {
                return new ZoneImport.Rejected(
                        "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                        "not well-formed XML: " + e.getMessage());
            } catch (SAXException | IOException e) {
                return new ZoneImport.Rejected("file", "not readable as XML: " + e.getMessage());
            }
            return ZoneShapes.imported(() -> new KmlZones(defaultKind).placemarks(document));
        });
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // No DOCTYPE at all: this shuts out external entities and entity-expansion bombs alike.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // Report errors only through the exception, never on standard error.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    private List<Zone> placemarks(Document document) {
        NodeList placemarks = document.getElementsByTagNameNS("*", "Placemark");
        if (placemarks.getLength() > ZoneShapes.MAX_FEATURES) {
            throw new ZoneProblem(
                    "document",
                    "has " + placemarks.getLength() + " placemarks, more than the " + ZoneShapes.MAX_FEATURES
                            + " accepted");
        }
        List<Zone> zones = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element placemark = (Element) placemarks.item(i);
            String path = "Placemark[" + (i + 1) + "]";
            List<Element> polygons = descendants(placemark, "Polygon");
            if (polygons.isEmpty()) {
                continue; // points and lines are not zones; KML files mix them freely
            }
            String id = extended(placemark, "id")
                    .or(() -> Optional.of(placemark.getAttribute("id")).filter(s -> !s.isBlank()))
                    .orElse("zone-" + (i + 1))
                    .strip();
            if (id.isEmpty() || id.length() > 64) {
                throw new ZoneProblem(path, "id must be 1-64 characters, was \"" + Json.abbreviate(id) + "\"");
            }
            if (!ids.add(id)) {
                throw new ZoneProblem(path, "zone id \"" + id + "\" is used by an earlier placemark");
            }
            String name = child(placemark, "name")
                    .map(n -> n.getTextContent().strip())
                    .filter(s -> !s.isEmpty())
                    .orElse(id);
            if (name.length() > 200) {
                throw new ZoneProblem(path + ".name", "must be at most 200 characters, had " + name.length());
            }
            ZoneKind kind = extended(placemark, "kind").map(k -> kind(k, path)).orElse(defaultKind);
            Optional<Duration> dwell = extended(placemark, "dwellMinutes").map(d -> dwell(d, path));
            Polygon[] parts = new Polygon[polygons.size()];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = polygon(polygons.get(p), path + ".Polygon[" + (p + 1) + "]");
            }
            Geometry area = parts.length == 1 ? parts[0] : shapes.factory.createMultiPolygon(parts);
            zones.add(new Zone(id, name, kind, ZoneShapes.valid(area, path), dwell));
        }
        if (zones.isEmpty()) {
            throw new ZoneProblem("document", "holds no Placemark with a Polygon");
        }
        return zones;
    }

    private Polygon polygon(Element polygon, String path) {
        Element outer =
                child(polygon, "outerBoundaryIs").orElseThrow(() -> new ZoneProblem(path, "has no outerBoundaryIs"));
        LinearRing shell = ring(outer, path + ".outerBoundaryIs");
        List<Element> inner = children(polygon, "innerBoundaryIs");
        LinearRing[] holes = new LinearRing[inner.size()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(inner.get(i), path + ".innerBoundaryIs[" + (i + 1) + "]");
        }
        return shapes.factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Element boundary, String path) {
        Element linearRing =
                child(boundary, "LinearRing").orElseThrow(() -> new ZoneProblem(path, "has no LinearRing"));
        Element coordinates = child(linearRing, "coordinates")
                .orElseThrow(() -> new ZoneProblem(path + ".LinearRing", "has no coordinates"));
        String[] tuples = coordinates.getTextContent().strip().split("\\s+");
        String where = path + ".LinearRing.coordinates";
        shapes.countRing(tuples.length, where);
        Coordinate[] ring = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            ring[i] = position(tuples[i], where + "[" + (i + 1) + "]");
        }
        return shapes.ring(ring, where, tuples[0], tuples[tuples.length - 1]);
    }

    private static Coordinate position(String tuple, String where) {
        String[] parts = tuple.split(",", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new ZoneProblem(
                    where, "a position is longitude,latitude[,altitude], was \"" + Json.abbreviate(tuple) + "\"");
        }
        double lon = number(parts[0], where);
        double lat = number(parts[1], where);
        return ZoneShapes.position(lon, lat, where, where, parts[0], parts[1]);
    }

    private static double number(String s, String where) {
        // Plain decimal numbers only: no hex, no NaN or Infinity, no 64-character monsters.
        if (s.isEmpty() || s.length() > 32 || !s.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]{1,3})?")) {
            throw new ZoneProblem(where, "\"" + Json.abbreviate(s) + "\" is not a number");
        }
        return Double.parseDouble(s);
    }

    private static ZoneKind kind(String value, String path) {
        return ZoneShapes.kind(value, path + ".ExtendedData.kind");
    }

    private static Duration dwell(String value, String path) {
        String where = path + ".ExtendedData.dwellMinutes";
        return ZoneShapes.dwell(number(value.strip(), where), where, value.strip());
    }

    /** Returns the value of {@code <Data name="...">} in the placemark's ExtendedData. */
    private static Optional<String> extended(Element placemark, String name) {
        for (Element data : descendants(placemark, "Data")) {
            if (name.equals(data.getAttribute("name"))) {
                return child(data, "value").map(Node::getTextContent);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }
}
