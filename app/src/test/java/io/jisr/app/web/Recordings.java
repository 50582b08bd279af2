package io.jisr.app.web;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.ReportSecond;
import io.jisr.app.http.TestMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** AIS recordings for the browser tests: the bundled demo, hostile texts, and a synthetic crowd. */
final class Recordings {

    /** The node's bundled demo recording (real satellite AIS, February 2012). */
    static final String DEMO_RESOURCE = "/demo/exact-earth-augmented-3.txt";

    /** Logger time of the hostile recording: within the demo's hour, so neither looks stale beside the other. */
    static final long HOSTILE_TIME_MILLIS = 1_328_184_000_000L;

    /**
     * What the air can carry of the classic probe: AIS six-bit text has no lower case. 28 characters,
     * so only an aid to navigation (name plus extension, up to 34) can send it whole.
     */
    static final String PROBE = "<IMG SRC=X ONERROR=ALERT(1)>";

    /** A ship name of exactly 20 characters (the type 5 field) that is also executable markup. */
    static final String SHIP_PROBE = "<SVG/ONLOAD=ALERT()>";

    static final String DESTINATION_PROBE = "<B>BOLD</B>";
    static final int HOSTILE_AID = 992_241_001;
    static final int HOSTILE_SHIP = 605_123_456;

    private static final AisEncoder ENCODER = AisEncoder.standard();

    private Recordings() {}

    /** Copies the demo recording into {@code dir}. */
    static Path demo(Path dir) throws IOException {
        Path file = dir.resolve("demo.nmea");
        try (InputStream in = Recordings.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo recording " + DEMO_RESOURCE + " is not on the class path");
            }
            Files.copy(in, file);
        }
        return file;
    }

    /** A ship and an aid to navigation off Algiers whose texts are markup, with logger time stamps. */
    static Path hostile(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        long time = HOSTILE_TIME_MILLIS;
        for (AisMessage m : List.of(
                aid(HOSTILE_AID, PROBE, 36.80, 3.10),
                TestMessages.voyage(HOSTILE_SHIP, SHIP_PROBE, "<U>X", 70, DESTINATION_PROBE),
                TestMessages.position(HOSTILE_SHIP, 36.82, 3.05, 11.5, 80, 80),
                TestMessages.position(HOSTILE_SHIP, 36.823, 3.07, 11.5, 80, 80))) {
            for (String sentence : ENCODER.encode(m, "A", 1)) {
                lines.add(sentence + "," + time);
            }
            time += 60_000;
        }
        Path file = dir.resolve("hostile.nmea");
        Files.write(file, lines);
        return file;
    }

    static AidToNavigationReport aid(int mmsi, String name, double lat, double lon) {
        return new AidToNavigationReport(
                0,
                Mmsi.of(mmsi),
                AidToNavigationReport.AidType.ofCode(1),
                Optional.of(name),
                true,
                Optional.of(Position.of(lat, lon)),
                new Dimensions(1, 1, 1, 1),
                EpfdType.GPS,
                ReportSecond.ofRaw(20),
                false,
                0,
                false,
                false,
                false,
                AidToNavigationReport.standardExtensionBits(name.length()));
    }

    /** Sentences of one position report each for {@code vessels} ships spread over a box, now. */
    static List<String> crowd(int vessels, double south, double west, double north, double east, long seed, int step) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed + step);
        List<String> lines = new ArrayList<>(vessels);
        for (int v = 0; v < vessels; v++) {
            // Each vessel keeps its own place (seeded by its index) and drifts a little each step.
            java.util.SplittableRandom own = new java.util.SplittableRandom(seed * 31 + v);
            double lat = south + own.nextDouble() * (north - south) + step * 0.0005;
            double lon = west + own.nextDouble() * (east - west) + step * 0.0005;
            int heading = own.nextInt(360);
            double knots = Math.round(own.nextDouble() * 200) / 10.0 + random.nextDouble() * 0.1;
            lines.addAll(ENCODER.encode(
                    TestMessages.position(CROWD_FIRST_MMSI + v, lat, lon, knots, heading, heading), "A", 0));
        }
        return lines;
    }

    static final int CROWD_FIRST_MMSI = 201_000_000;
}
