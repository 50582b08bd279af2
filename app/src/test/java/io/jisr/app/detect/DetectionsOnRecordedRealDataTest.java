package io.jisr.app.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.message.AisMessage;
import io.jisr.detect.Detection;
import io.jisr.detect.DetectionEngine;
import io.jisr.detect.DetectionKind;
import io.jisr.detect.DetectionLedger;
import io.jisr.detect.DetectorSet;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.geo.BundledGeography;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.DuplicateFilter;
import io.jisr.picture.Observation;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof on recorded real data: three recordings of real satellite and terrestrial AIS
 * (exactEarth via AMSA's risky project, 18 to 83 minutes each) run through the real decoder, the
 * picture (duplicate filter, stale sweeps) and every default detector. The counts per kind are printed
 * and recorded in {@code docs/detections.md}, "On recorded real data", with a sample of each examined
 * by eye; the tests pin the examined detections and what must not occur.
 */
class DetectionsOnRecordedRealDataTest {
    static final List<String> RECORDINGS = List.of(
            "/io/jisr/app/detect/real/exact-earth-augmented.txt",
            "/io/jisr/app/detect/real/exact-earth-augmented-2.txt",
            "/demo/exact-earth-augmented-3.txt");

    /** What one recording gave. */
    record Run(String recording, Instant first, Instant last, long reports, List<Detection> detections) {}

    static final Map<String, Run> runs = new LinkedHashMap<>();

    @BeforeAll
    static void runEveryRecording() {
        BundledGeography geography = BundledGeography.load();
        StringBuilder out = new StringBuilder();
        for (String recording : RECORDINGS) {
            Run run = run(recording, geography);
            runs.put(recording, run);
            Map<String, Long> counts = new TreeMap<>(run.detections().stream()
                    .collect(Collectors.groupingBy(DetectionsOnRecordedRealDataTest::label, Collectors.counting())));
            out.append(String.format(
                    Locale.ROOT,
                    "%n%s: %s .. %s (%d min), %,d reports applied%n  %s%n",
                    recording,
                    run.first(),
                    run.last(),
                    Duration.between(run.first(), run.last()).toMinutes(),
                    run.reports(),
                    counts));
            for (Detection d : run.detections()) {
                out.append("  ").append(d).append('\n');
            }
        }
        System.out.println(out);
    }

    static String label(Detection d) {
        return d instanceof IdentityAnomaly a
                ? d.kind() + "/" + a.anomaly()
                : d.kind().toString();
    }

    static Run run(String recording, BundledGeography geography) {
        DetectionLedger ledger = new DetectionLedger();
        DetectionEngine engine = new DetectionEngine(
                DetectorSet.defaults(geography, ZoneSet.EMPTY), ledger, DetectionEngine.DEFAULT_STEP);
        // As the node runs them: at most one current position report per vessel per 10 s of message time.
        io.jisr.detect.ReportThinning thinned =
                new io.jisr.detect.ReportThinning(engine, io.jisr.detect.ReportThinning.DEFAULT_INTERVAL);
        MaritimeIdentificationDigits mids = MaritimeIdentificationDigits.itu();
        Picture picture = new Picture(
                PictureSettings.defaults(), mmsi -> mids.flagOf(mmsi).map(Flag::isoAlpha3));
        DuplicateFilter duplicates = new DuplicateFilter(Duration.ofSeconds(10));
        long[] applied = {0};
        Instant[] span = {null, null};
        long[] nextSweep = {Long.MIN_VALUE};
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                if (reception.receivedAt().isEmpty()) {
                    // Every line of these recordings carries its time; one without cannot be placed.
                    return;
                }
                Observation o = Observation.of(
                        message, reception, reception.receivedAt().orElseThrow(), "recording");
                long now = o.time().toEpochMilli();
                if (now >= nextSweep[0]) {
                    picture.sweepStale(o.time(), thinned);
                    nextSweep[0] = now + 60_000;
                }
                span[0] = span[0] == null || o.time().isBefore(span[0]) ? o.time() : span[0];
                span[1] = span[1] == null || o.time().isAfter(span[1]) ? o.time() : span[1];
                if (duplicates.isFirstCopy(message, o.time())) {
                    picture.apply(o, thinned);
                    applied[0]++;
                } else {
                    picture.heardAgain(o);
                }
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        try (InputStream in = DetectionsOnRecordedRealDataTest.class.getResourceAsStream(recording)) {
            if (in == null) {
                throw new IllegalStateException(recording + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = reader.readLine()) != null) {
                decoder.decodeLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        decoder.endOfStream();
        engine.advanceTo(span[1]);
        return new Run(recording, span[0], span[1], applied[0], ledger.detections());
    }

    static List<Detection> all() {
        return runs.values().stream().flatMap(r -> r.detections().stream()).toList();
    }

    @Test
    void everyRecordingIsReadWithItsTimes() {
        assertThat(runs.values()).allSatisfy(r -> assertThat(r.reports()).isGreaterThan(500));
    }

    static List<IdentityAnomaly> anomalies(String recording, IdentityAnomaly.Anomaly kind) {
        return runs.get(recording).detections().stream()
                .filter(d -> d instanceof IdentityAnomaly a && a.anomaly() == kind)
                .map(IdentityAnomaly.class::cast)
                .toList();
    }

    @Test
    void noGapCanBeFoundInRecordingsShorterThanSixHours_andNoEncounterOrLoiteringWasFound() {
        // The longest recording lasts 81 minutes: a 6-hour gap cannot be seen in it. Encounters (30 min
        // or 2 h together) and loitering (1 h) could in principle; none is in these recordings, where a
        // satellite hears a ship a few minutes per pass (docs/detections.md).
        assertThat(all()).noneMatch(d -> d.kind() == DetectionKind.AIS_GAP);
        assertThat(all()).noneMatch(d -> d.kind() == DetectionKind.ENCOUNTER);
        assertThat(all()).noneMatch(d -> d.kind() == DetectionKind.LOITERING);
    }

    @Test
    void defaultMmsi123456_twoShipsAucklandAndNewCaledonia_isFoundAsImpossibleSpeedAndChangedName() {
        String demo = RECORDINGS.get(2);
        assertThat(anomalies(demo, IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED))
                .filteredOn(a -> a.mmsi().value() == 0x123456)
                .anySatisfy(a -> assertThat(a.detail()).startsWith("1807.5 km from the position of"));
        assertThat(anomalies(demo, IdentityAnomaly.Anomaly.STATIC_DATA_CHANGED))
                .filteredOn(a -> a.mmsi().value() == 0x123456)
                .singleElement()
                .satisfies(a -> assertThat(a.detail()).startsWith("name THALIA → NYIE DJEU; ship type 50 → 60"));
    }

    @Test
    void antennaMovedOnOneHull_isNoStaticDataChange() {
        // 351119000 reports 144 + 31 m by 9 + 17 m, then 141 + 34 m by 7 + 19 m: the same 175 x 26 m hull.
        assertThat(anomalies(RECORDINGS.get(0), IdentityAnomaly.Anomaly.STATIC_DATA_CHANGED))
                .isEmpty();
        assertThat(anomalies(RECORDINGS.get(2), IdentityAnomaly.Anomaly.STATIC_DATA_CHANGED))
                .extracting(a -> a.mmsi().value())
                .containsExactlyInAnyOrder(0x123456, 235_079_444);
    }

    @Test
    void placeholderMmsis_areInvalid() {
        assertThat(anomalies(RECORDINGS.get(0), IdentityAnomaly.Anomaly.INVALID_MMSI))
                .extracting(a -> a.mmsi().value())
                .contains(0, 12_345_678, 999_999_999, 111_000_000);
    }

    @Test
    void imoWithAWrongCheckDigit_isInvalid() {
        // 9240581: 9x7 + 2x6 + 4x5 + 0x4 + 5x3 + 8x2 = 126, so the check digit should be 6, not 1.
        assertThat(anomalies(RECORDINGS.get(0), IdentityAnomaly.Anomaly.INVALID_IMO))
                .filteredOn(a -> a.mmsi().value() == 563_615_000)
                .singleElement()
                .satisfies(a ->
                        assertThat(a.detail()).isEqualTo("IMO number 9240581 fails the seven-digit check-digit rule"));
    }

    @Test
    void impossibleSpeeds_areMostlySatelliteBatchTimes_fewSecondsForAFewKilometres() {
        // What the examination found: the recordings stamp a satellite pass's reports with the time they
        // were received on the ground, so two reports of one ship minutes apart carry times a second
        // apart and imply thousands of knots. Pinned so that a change in how the picture times satellite
        // reports shows here.
        List<IdentityAnomaly> speeds = runs.keySet().stream()
                .flatMap(r -> anomalies(r, IdentityAnomaly.Anomaly.IMPOSSIBLE_SPEED).stream())
                .toList();
        long withinAMinute = speeds.stream()
                .filter(a -> a.detail().matches(".* in [0-9] s .*|.* in [1-5][0-9] s .*"))
                .count();
        assertThat(speeds).hasSizeGreaterThan(400);
        assertThat((double) withinAMinute / speeds.size()).isGreaterThan(0.95);
    }
}
