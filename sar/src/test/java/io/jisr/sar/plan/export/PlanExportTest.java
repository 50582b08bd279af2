package io.jisr.sar.plan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import io.jisr.sar.plan.AssetKind;
import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.CoverageFactor;
import io.jisr.sar.plan.PatternKind;
import io.jisr.sar.plan.PlanRequest;
import io.jisr.sar.plan.ProbabilityMap;
import io.jisr.sar.plan.SearchArea;
import io.jisr.sar.plan.SearchAsset;
import io.jisr.sar.plan.SearchConditions;
import io.jisr.sar.plan.SearchObjectType;
import io.jisr.sar.plan.SearchPlan;
import io.jisr.sar.plan.SearchPlanner;
import io.jisr.sar.plan.SweepWidthTable;
import io.jisr.sar.plan.Waypoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PlanExportTest {
    /** Names with every character the formats must escape, and one XML cannot hold at all. */
    static final String PLAN_NAME = "Case <7> & \"Alpha\" 'été' \\ tab\there";

    static final String SHIP_NAME = "Ship \u0001 <one>";

    static SearchPlan plan(PatternKind pattern) {
        SearchArea.Rectangle area =
                new SearchArea.Rectangle("Alpha & <B>", new Position(37.1, 3.4), 30, 20_000, 12_000);
        SearchAsset ship = SearchAsset.vessel(SHIP_NAME, 12, 10);
        SearchAsset helo = new SearchAsset("Helo", AssetKind.HELICOPTER, 90, 3, 150);
        PlanRequest request = new PlanRequest(
                PLAN_NAME,
                area,
                pattern,
                List.of(ship, helo),
                SearchObjectType.PERSON_IN_WATER,
                new SearchConditions(10, 5, 0.5, false),
                new CoverageFactor(1),
                0);
        return new SearchPlanner(SweepWidthTable.bundled()).plan(request, ProbabilityMap.uniform(area, 250));
    }

    static Document parseXml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> (Element) nodes.item(i))
                .filter(e -> e.getParentNode() == parent)
                .toList();
    }

    @Test
    void gpx_parsesAsGpx11_oneRoutePerAsset_withEveryWaypoint() throws Exception {
        String gpxNs = "http://www.topografix.com/GPX/1/1";
        for (PatternKind pattern : PatternKind.values()) {
            SearchPlan plan = plan(pattern);
            Document doc = parseXml(PlanGpx.write(plan));
            Element root = doc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(gpxNs);
            assertThat(root.getLocalName()).isEqualTo("gpx");
            assertThat(root.getAttribute("version")).isEqualTo("1.1");
            Element metadata = children(root, gpxNs, "metadata").getFirst();
            assertThat(children(metadata, gpxNs, "name").getFirst().getTextContent())
                    .isEqualTo(PLAN_NAME);
            List<Element> routes = children(root, gpxNs, "rte");
            assertThat(routes).hasSize(2);
            for (int r = 0; r < 2; r++) {
                AssetPlan asset = plan.assets().get(r);
                List<Element> points = children(routes.get(r), gpxNs, "rtept");
                List<Waypoint> waypoints = asset.track().waypoints();
                assertThat(points).hasSameSizeAs(waypoints);
                for (int i = 0; i < points.size(); i++) {
                    Element p = points.get(i);
                    assertThat(Double.parseDouble(p.getAttribute("lat")))
                            .isCloseTo(waypoints.get(i).position().latitude(), within(1e-7));
                    assertThat(Double.parseDouble(p.getAttribute("lon")))
                            .isCloseTo(waypoints.get(i).position().longitude(), within(1e-7));
                    assertThat(children(p, gpxNs, "name").getFirst().getTextContent())
                            .isEqualTo(waypoints.get(i).name());
                }
            }
            // The control character XML cannot carry is replaced; the rest comes back as written.
            assertThat(children(routes.getFirst(), gpxNs, "name").getFirst().getTextContent())
                    .isEqualTo("Ship \uFFFD <one> " + pattern.code());
        }
    }

    @Test
    void kml_parsesAsKml22_areaPolygonAndOneFolderPerAsset() throws Exception {
        String kmlNs = "http://www.opengis.net/kml/2.2";
        SearchPlan plan = plan(PatternKind.PARALLEL_TRACK);
        Document doc = parseXml(PlanKml.write(plan));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(kmlNs);
        Element document = children(root, kmlNs, "Document").getFirst();
        assertThat(children(document, kmlNs, "name").getFirst().getTextContent())
                .isEqualTo(PLAN_NAME);
        Element area = children(document, kmlNs, "Placemark").getFirst();
        assertThat(children(area, kmlNs, "name").getFirst().getTextContent()).isEqualTo("Alpha & <B>");
        String ring = area.getElementsByTagNameNS(kmlNs, "coordinates").item(0).getTextContent();
        String[] corners = ring.trim().split(" ");
        assertThat(corners).hasSize(5);
        assertThat(corners[0]).isEqualTo(corners[4]);
        List<Element> folders = children(document, kmlNs, "Folder");
        assertThat(folders).hasSize(2);
        for (int f = 0; f < 2; f++) {
            AssetPlan asset = plan.assets().get(f);
            Element line = (Element)
                    folders.get(f).getElementsByTagNameNS(kmlNs, "LineString").item(0);
            String[] coordinates = line.getElementsByTagNameNS(kmlNs, "coordinates")
                    .item(0)
                    .getTextContent()
                    .trim()
                    .split(" ");
            assertThat(coordinates).hasSize(asset.track().waypoints().size());
            String[] first = coordinates[0].split(",");
            Position csp = asset.track().commenceSearchPoint().position();
            assertThat(Double.parseDouble(first[0])).isCloseTo(csp.longitude(), within(1e-7));
            assertThat(Double.parseDouble(first[1])).isCloseTo(csp.latitude(), within(1e-7));
            // Area, track, and a placemark per waypoint.
            assertThat(children(folders.get(f), kmlNs, "Placemark"))
                    .hasSize(2 + asset.track().waypoints().size());
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void geoJson_isAFeatureCollection_withClosedAnticlockwiseRingsAndTheTracks() {
        SearchPlan plan = plan(PatternKind.EXPANDING_SQUARE);
        Map<String, Object> json = (Map<String, Object>) JsonReader.read(PlanGeoJson.write(plan));
        assertThat(json.get("type")).isEqualTo("FeatureCollection");
        assertThat(json.get("name")).isEqualTo(PLAN_NAME);
        List<Object> features = (List<Object>) json.get("features");
        int waypoints = plan.assets().stream()
                .mapToInt(a -> a.track().waypoints().size())
                .sum();
        assertThat(features).hasSize(1 + 2 * plan.assets().size() + waypoints);
        int tracks = 0;
        for (Object f : features) {
            Map<String, Object> feature = (Map<String, Object>) f;
            assertThat(feature.get("type")).isEqualTo("Feature");
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            Map<String, Object> properties = (Map<String, Object>) feature.get("properties");
            String kind = (String) properties.get("kind");
            switch ((String) geometry.get("type")) {
                case "Polygon" -> {
                    assertThat(kind).isIn("searchArea", "assignedArea");
                    List<List<Double>> ring = ((List<List<List<Double>>>) geometry.get("coordinates")).getFirst();
                    assertThat(ring.getFirst()).isEqualTo(ring.getLast());
                    double twice = 0;
                    for (int i = 0; i + 1 < ring.size(); i++) {
                        twice += ring.get(i).get(0) * ring.get(i + 1).get(1)
                                - ring.get(i + 1).get(0) * ring.get(i).get(1);
                    }
                    assertThat(twice).as("anticlockwise exterior ring").isPositive();
                }
                case "LineString" -> {
                    assertThat(kind).isEqualTo("track");
                    AssetPlan asset = plan.assets().get(tracks++);
                    assertThat(properties.get("asset")).isEqualTo(asset.asset().name());
                    assertThat(properties.get("patternCode")).isEqualTo("SS");
                    assertThat((Double) properties.get("probabilityOfDetection"))
                            .isCloseTo(asset.probabilityOfDetection(), within(1e-4));
                    List<List<Double>> line = (List<List<Double>>) geometry.get("coordinates");
                    assertThat(line).hasSize(asset.track().waypoints().size());
                    Position end = asset.track().waypoints().getLast().position();
                    assertThat(line.getLast().get(0)).isCloseTo(end.longitude(), within(1e-7));
                    assertThat(line.getLast().get(1)).isCloseTo(end.latitude(), within(1e-7));
                }
                case "Point" -> assertThat(kind).isEqualTo("waypoint");
                default -> throw new AssertionError("unexpected geometry " + geometry.get("type"));
            }
        }
        assertThat(tracks).isEqualTo(2);
        // The control character is escaped, not dropped.
        Map<String, Object> track = (Map<String, Object>) features.stream()
                .map(f -> (Map<String, Object>) ((Map<String, Object>) f).get("properties"))
                .filter(p -> "track".equals(p.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(track.get("asset")).isEqualTo(SHIP_NAME);
    }

    @Test
    void text_xmlAndJson_escapeWhatTheyMust() {
        assertThat(Text.xml("a<b>&\"'\u0000\uD800x\uD83D\uDEA2"))
                .isEqualTo("a&lt;b&gt;&amp;&quot;&apos;\uFFFD\uFFFDx\uD83D\uDEA2");
        assertThat(Text.json("a\"\\\n\u0001\u2028\uD83D\uDEA2"))
                .isEqualTo("\"a\\\"\\\\\\n\\u0001\\u2028\uD83D\uDEA2\"");
        assertThat(Text.number(-0.00000001, 7)).isEqualTo("0");
        assertThat(Text.number(12.5, 3)).isEqualTo("12.5");
        assertThat(Text.longitude(180)).isEqualTo(-180);
        assertThat(Text.longitude(190)).isEqualTo(-170);
        assertThat(PlanGpx.longitude(179.999999999)).isEqualTo("-180");
        assertThat(PlanGpx.longitude(-179.5)).isEqualTo("-179.5");
    }
}
