package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad parameter answers 400 with the one error shape; the exact JSON is pinned. */
class BadParametersTest {

    static TestNode node;

    @BeforeAll
    static void start() {
        node = new TestNode();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    /** The body of a 400 with one problem with one parameter. */
    static String one(String parameter, String message, String value) {
        String valueJson = value == null ? "" : ",\"value\":\"" + value + "\"";
        return "{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameter " + parameter + ": " + message
                + "\",\"errors\":{\"" + parameter + "\":[{\"message\":\"" + message + "\"" + valueJson + "}]}}";
    }

    static Stream<Arguments> badRequests() {
        String kinds = "must be one of CLASS_A, CLASS_B, AID_TO_NAVIGATION, BASE_STATION, SAR_AIRCRAFT, UNKNOWN";
        String categories = "must be one of CARGO, TANKER, PASSENGER, FISHING, HIGH_SPEED, PLEASURE_AND_SAILING,"
                + " TUG_AND_SPECIAL, MILITARY_AND_LAW_ENFORCEMENT, SEARCH_AND_RESCUE, OTHER, UNKNOWN";
        String bboxShape = "must be four numbers: south,west,north,east in degrees";
        String duration = "must be a positive duration: ISO-8601 such as PT30M, or a whole number with s, m, h or d"
                + " such as 30m";
        String mmsi = "must be an MMSI: a whole number of up to nine digits";
        return Stream.of(
                Arguments.of("/api/vessels?bbox=1,2,3", one("bbox", bboxShape, "1,2,3")),
                Arguments.of("/api/vessels?bbox=a,b,c,d", one("bbox", bboxShape, "a,b,c,d")),
                Arguments.of("/api/vessels?bbox=1,2,3,4,5", one("bbox", bboxShape, "1,2,3,4,5")),
                Arguments.of("/api/vessels?bbox=NaN,0,10,10", one("bbox", bboxShape, "NaN,0,10,10")),
                Arguments.of("/api/vessels?bbox=40,0,30,10", one("bbox", "south must be <= north", "40,0,30,10")),
                Arguments.of(
                        "/api/vessels?bbox=-10,0,95,10", one("bbox", "north must be within -90..90", "-10,0,95,10")),
                Arguments.of(
                        "/api/vessels?bbox=0,-200,10,10", one("bbox", "west must be within -180..180", "0,-200,10,10")),
                Arguments.of("/api/vessels?kind=SUBMARINE", one("kind", kinds, "SUBMARINE")),
                Arguments.of("/api/vessels?kind=CLASS_A,SUBMARINE", one("kind", kinds, "SUBMARINE")),
                Arguments.of("/api/vessels?category=YACHT", one("category", categories, "YACHT")),
                Arguments.of(
                        "/api/vessels?flag=ALGERIA",
                        one("flag", "must be ISO 3166-1 alpha-3 codes such as DZA, comma-separated", "ALGERIA")),
                Arguments.of("/api/vessels?limit=-1", one("limit", "must be within 1..50000", "-1")),
                Arguments.of("/api/vessels?limit=0", one("limit", "must be within 1..50000", "0")),
                Arguments.of("/api/vessels?limit=50001", one("limit", "must be within 1..50000", "50001")),
                Arguments.of("/api/vessels?limit=ten", one("limit", "must be a whole number", "ten")),
                Arguments.of("/api/vessels?limit=2.5", one("limit", "must be a whole number", "2.5")),
                Arguments.of(
                        "/api/vessels?limit=1&limit=2", one("limit", "must be given once, was given 2 times", "1,2")),
                Arguments.of("/api/vessels?minSpeed=-1", one("minSpeed", "must be within 0..1023", "-1")),
                Arguments.of("/api/vessels?maxSpeed=fast", one("maxSpeed", "must be a number", "fast")),
                Arguments.of(
                        "/api/vessels?minSpeed=10&maxSpeed=5",
                        one("minSpeed", "must not be greater than maxSpeed (5)", "10")),
                Arguments.of(
                        "/api/vessels?movement=drifting",
                        one("movement", "must be moving, stationary or any", "drifting")),
                Arguments.of("/api/vessels?maxAge=soon", one("maxAge", duration, "soon")),
                Arguments.of("/api/vessels?maxAge=0m", one("maxAge", duration, "0m")),
                Arguments.of("/api/vessels?maxAge=-PT5M", one("maxAge", duration, "-PT5M")),
                Arguments.of("/api/vessels/abc", one("mmsi", mmsi, "abc")),
                Arguments.of("/api/vessels/1234567890", one("mmsi", mmsi, "1234567890")),
                Arguments.of("/api/vessels/-5", one("mmsi", mmsi, "-5")),
                Arguments.of("/api/vessels/abc/track", one("mmsi", mmsi, "abc")),
                Arguments.of(
                        "/api/vessels/367076360/track?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z",
                        one("from", "must not be after to (2026-01-01T00:00:00Z)", "2026-01-02T00:00:00Z")),
                Arguments.of(
                        "/api/vessels/367076360/track?from=yesterday",
                        one("from", "must be an ISO-8601 time such as 2026-01-01T00:00:00Z", "yesterday")),
                Arguments.of(
                        "/api/vessels/367076360/track?maxPoints=1", one("maxPoints", "must be within 2..10000", "1")),
                Arguments.of("/api/search", one("q", "is required", null)),
                Arguments.of("/api/search?q=%20%20", one("q", "is required", null)),
                Arguments.of(
                        "/api/search?q=" + "A".repeat(101),
                        one("q", "must be at most 100 characters, was 101", "A".repeat(101))),
                Arguments.of("/api/search?q=foss&limit=0", one("limit", "must be within 1..1000", "0")),
                Arguments.of("/api/nearest?lat=95&lon=0", one("lat", "must be within -90..90", "95")),
                Arguments.of("/api/nearest?lat=0&lon=180.5", one("lon", "must be within -180..180", "180.5")),
                Arguments.of("/api/nearest?lat=0", one("lon", "is required", null)),
                Arguments.of("/api/nearest?lat=0&lon=0&count=0", one("count", "must be within 1..1000", "0")),
                Arguments.of(
                        "/api/nearest?lat=0&lon=0&maxDistanceNm=-1",
                        one("maxDistanceNm", "must be within 0..10800", "-1")),
                Arguments.of("/api/nearest?lat=0&lon=0&kind=SHIP", one("kind", kinds, "SHIP")),
                Arguments.of(
                        "/api/nearest",
                        "{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameters lat, lon: see errors\","
                                + "\"errors\":{\"lat\":[{\"message\":\"is required\"}],"
                                + "\"lon\":[{\"message\":\"is required\"}]}}"),
                Arguments.of(
                        "/api/vessels?bbox=95,-200,96,10",
                        "{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameters bbox: see errors\","
                                + "\"errors\":{\"bbox\":[{\"message\":\"south must be within -90..90\","
                                + "\"value\":\"95,-200,96,10\"},"
                                + "{\"message\":\"west must be within -180..180\",\"value\":\"95,-200,96,10\"},"
                                + "{\"message\":\"north must be within -90..90\",\"value\":\"95,-200,96,10\"}]}}"),
                Arguments.of(
                        "/api/vessels?bbox=40,0,30,10&kind=SUBMARINE&limit=-1&unknown=ignored",
                        "{\"code\":\"BAD_PARAMETER\",\"message\":\"bad parameters bbox, kind, limit: see errors\","
                                + "\"errors\":{\"bbox\":[{\"message\":\"south must be <= north\","
                                + "\"value\":\"40,0,30,10\"}],"
                                + "\"kind\":[{\"message\":\"" + kinds + "\",\"value\":\"SUBMARINE\"}],"
                                + "\"limit\":[{\"message\":\"must be within 1..50000\",\"value\":\"-1\"}]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badParameter_answers400WithExactJson(String path, String expectedBody) {
        HttpResponse<String> response = node.get(path);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        assertThat(response.body()).isEqualTo(expectedBody);
    }
}
