package io.jisr.detect.zone;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
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
    public static final int MAX_CHARACTERS = GeoJsonZones.MAX_CHARACTERS;

    private final GeometryFactory factory = new GeometryFactory();
    private final ZoneKind defaultKind;
    private int positions;

    private KmlZones(ZoneKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String where;

        Problem(String where, String message) {
            super(message, null, false, false);
            this.where = where;
        }
    }

    /** Reads zones from KML text; placemarks without a {@code kind} get {@code defaultKind}. */
    public static ZoneImport read(String text, ZoneKind defaultKind) {
        if (text.length() > MAX_CHARACTERS) {
            return new ZoneImport.Rejected(
                    "file", "is " + text.length() + " characters, more than the " + MAX_CHARACTERS + " accepted");
        }
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
        try {
            return new ZoneImport.Imported(new KmlZones(defaultKind).placemarks(document));
        } catch (Problem p) {
            return new ZoneImport.Rejected(p.where, p.getMessage());
        } catch (IllegalArgumentException e) {
            return new ZoneImport.Rejected("geometry", "cannot be built: " + e.getMessage());
        }
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
        if (placemarks.getLength() > GeoJsonZones.MAX_FEATURES) {
            throw new Problem(
                    "document",
                    "has " + placemarks.getLength() + " placemarks, more than the " + GeoJsonZones.MAX_FEATURES
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
                throw new Problem(path, "id must be 1-64 characters, was \"" + Json.abbreviate(id) + "\"");
            }
            if (!ids.add(id)) {
                throw new Problem(path, "zone id \"" + id + "\" is used by an earlier placemark");
            }
            String name = child(placemark, "name")
                    .map(n -> n.getTextContent().strip())
                    .filter(s -> !s.isEmpty())
                    .orElse(id);
            if (name.length() > 200) {
                throw new Problem(path + ".name", "must be at most 200 characters, had " + name.length());
            }
            ZoneKind kind = extended(placemark, "kind").map(k -> kind(k, path)).orElse(defaultKind);
            Optional<Duration> dwell = extended(placemark, "dwellMinutes").map(d -> dwell(d, path));
            Polygon[] parts = new Polygon[polygons.size()];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = polygon(polygons.get(p), path + ".Polygon[" + (p + 1) + "]");
            }
            Geometry area = parts.length == 1 ? parts[0] : factory.createMultiPolygon(parts);
            TopologyValidationError error = new IsValidOp(area).getValidationError();
            if (error != null) {
                Coordinate c = error.getCoordinate();
                throw new Problem(
                        path,
                        "is not a valid polygon: " + error.getMessage().toLowerCase(Locale.ROOT)
                                + (c == null ? "" : " at longitude " + c.x + ", latitude " + c.y));
            }
            zones.add(new Zone(id, name, kind, area, dwell));
        }
        if (zones.isEmpty()) {
            throw new Problem("document", "holds no Placemark with a Polygon");
        }
        return zones;
    }

    private Polygon polygon(Element polygon, String path) {
        Element outer =
                child(polygon, "outerBoundaryIs").orElseThrow(() -> new Problem(path, "has no outerBoundaryIs"));
        LinearRing shell = ring(outer, path + ".outerBoundaryIs");
        List<Element> inner = children(polygon, "innerBoundaryIs");
        LinearRing[] holes = new LinearRing[inner.size()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(inner.get(i), path + ".innerBoundaryIs[" + (i + 1) + "]");
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Element boundary, String path) {
        Element linearRing = child(boundary, "LinearRing").orElseThrow(() -> new Problem(path, "has no LinearRing"));
        Element coordinates = child(linearRing, "coordinates")
                .orElseThrow(() -> new Problem(path + ".LinearRing", "has no coordinates"));
        String[] tuples = coordinates.getTextContent().strip().split("\\s+");
        String where = path + ".LinearRing.coordinates";
        if (tuples.length < 4) {
            throw new Problem(where, "a ring needs at least 4 positions, had " + tuples.length);
        }
        positions += tuples.length;
        if (positions > GeoJsonZones.MAX_POSITIONS) {
            throw new Problem(
                    where, "the file has more than the " + GeoJsonZones.MAX_POSITIONS + " positions accepted");
        }
        Coordinate[] ring = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            ring[i] = position(tuples[i], where + "[" + (i + 1) + "]");
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            throw new Problem(
                    where,
                    "a ring must end where it starts; first " + tuples[0] + ", last " + tuples[tuples.length - 1]);
        }
        return factory.createLinearRing(ring);
    }

    private static Coordinate position(String tuple, String where) {
        String[] parts = tuple.split(",", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new Problem(
                    where, "a position is longitude,latitude[,altitude], was \"" + Json.abbreviate(tuple) + "\"");
        }
        double lon = number(parts[0], where);
        double lat = number(parts[1], where);
        if (!(lon >= -180 && lon <= 180)) {
            throw new Problem(where, "longitude must be within -180..180, was " + parts[0]);
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new Problem(where, "latitude must be within -90..90, was " + parts[1]);
        }
        return new Coordinate(lon, lat);
    }

    private static double number(String s, String where) {
        // Plain decimal numbers only: no hex, no NaN or Infinity, no 64-character monsters.
        if (s.isEmpty() || s.length() > 32 || !s.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]{1,3})?")) {
            throw new Problem(where, "\"" + Json.abbreviate(s) + "\" is not a number");
        }
        return Double.parseDouble(s);
    }

    private static ZoneKind kind(String value, String path) {
        try {
            return ZoneKind.valueOf(
                    value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new Problem(
                    path + ".ExtendedData.kind",
                    "\"" + Json.abbreviate(value) + "\" is not a zone kind; expected one of "
                            + List.of(ZoneKind.values()));
        }
    }

    private static Duration dwell(String value, String path) {
        String where = path + ".ExtendedData.dwellMinutes";
        double minutes = number(value.strip(), where);
        if (!(minutes >= 1 && minutes <= 366 * 24 * 60)) {
            throw new Problem(where, "must be 1.." + 366 * 24 * 60 + " minutes, was " + value.strip());
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
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
