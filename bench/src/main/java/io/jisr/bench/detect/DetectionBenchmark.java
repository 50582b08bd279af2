package io.jisr.bench.detect;

import io.jisr.ais.Reception;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.detect.DetectionEngine;
import io.jisr.detect.Detector;
import io.jisr.detect.DetectorSet;
import io.jisr.detect.ReportThinning;
import io.jisr.detect.geo.BundledGeography;
import io.jisr.detect.geo.Port;
import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.picture.Observation;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PictureSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The detection engine with every detector on (AIS gaps, both encounter rules, both loitering rules,
 * zones, port visits, identity anomalies) over about a million picture events of 200,000 vessels.
 *
 * <p>The events are made by the real {@link Picture} from generated type 1 reports, so they carry
 * what the node hands the detectors: one vessel in three in the Western Mediterranean, the rest over
 * the world's shipping latitudes; 2 % in pairs 300 m apart at half a knot (encounters), 20 % drifting
 * at a knot offshore (loitering), 10 % stopped inside ports (port visits), the rest steaming at 8–20
 * knots; each vessel reports every 30 s, as 200,000 vessels produce. Four zones (a strait, a circle of
 * 128 vertices, two large polygons) are on. Before each measured invocation a fresh engine takes three
 * rounds of reports (600,000 events, untimed) so its maps and grids hold every vessel; the invocation
 * then feeds the next five rounds (1,000,000 events, 2.5 minutes of message time). The result is
 * time per event.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx3g"})
public class DetectionBenchmark {

    /** Vessels in the picture. */
    @Param("200000")
    int vessels;

    /**
     * Which detectors run: all, or those whose name starts with this (ais-gap, encounter, loitering, zone,
     * port-visit, identity, anchorages); {@code thinning} feeds the node's {@link ReportThinning} alone.
     */
    @Param({"all"})
    String detectors;

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    /** Rounds of reports (one per vessel each) fed before the clock starts, so maps and grids are full. */
    static final int WARM_ROUNDS = 3;
    /** Rounds of reports timed: 5 x 200,000 = 1,000,000 events. */
    static final int MEASURED_ROUNDS = 5;

    static final int EVENTS_PER_INVOCATION = 1_000_000;
    static final Reception RECEPTION =
            new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.empty(), 1, 1);

    BundledGeography geography;
    ZoneSet zones;
    PictureEvent[] warm;
    PictureEvent[] events;
    DetectionEngine engine;
    /** What the events are fed to: the engine, or for {@code thinning} a {@link ReportThinning} alone. */
    java.util.function.Consumer<PictureEvent> feed;

    long[] changes = new long[1];

    @Setup(Level.Trial)
    public void generate() {
        geography = BundledGeography.load();
        zones = zones();
        List<Observation> observations = observations(geography.ports().ports());
        Picture picture = new Picture(PictureSettings.defaults(), m -> Optional.empty());
        List<PictureEvent> out = new ArrayList<>((WARM_ROUNDS + MEASURED_ROUNDS + 1) * vessels);
        Instant measuredFrom = T0.plusMillis(WARM_ROUNDS * 30_000L);
        int firstMeasured = -1;
        for (Observation o : observations) {
            if (firstMeasured < 0 && !o.time().isBefore(measuredFrom)) {
                firstMeasured = out.size();
            }
            picture.apply(o, out::add);
        }
        warm = out.subList(0, firstMeasured).toArray(PictureEvent[]::new);
        events = out.subList(firstMeasured, out.size()).toArray(PictureEvent[]::new);
        if (events.length != EVENTS_PER_INVOCATION) {
            // JMH divides by the constant below; say so when parameters make it wrong.
            System.err.printf(
                    Locale.ROOT,
                    "%n%d events per invocation (not %d): scale the per-event time%n",
                    events.length,
                    EVENTS_PER_INVOCATION);
        }
    }

    @Setup(Level.Iteration)
    public void freshEngine() {
        changes[0] = 0;
        List<Detector> chosen = DetectorSet.defaults(geography, zones).stream()
                .filter(d -> detectors.equals("all") || d.name().startsWith(detectors))
                .toList();
        engine = new DetectionEngine(chosen, change -> changes[0]++, DetectionEngine.DEFAULT_STEP);
        feed = detectors.equals("thinning") ? new ReportThinning(e -> {}, ReportThinning.DEFAULT_INTERVAL) : engine;
        for (PictureEvent e : warm) {
            feed.accept(e);
        }
    }

    /** Feeds every event through a fresh engine with all detectors; JMH reports time per event. */
    @Benchmark
    @OperationsPerInvocation(EVENTS_PER_INVOCATION)
    public long allDetectors() {
        for (PictureEvent e : events) {
            feed.accept(e);
        }
        return changes[0];
    }

    private List<Observation> observations(List<Port> ports) {
        SplittableRandom random = new SplittableRandom(42);
        int rounds = WARM_ROUNDS + MEASURED_ROUNDS;
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        double[] sog = new double[vessels];
        double[] cog = new double[vessels];
        for (int i = 0; i < vessels; i++) {
            int kind = i % 100;
            if (kind < 2) {
                // Encounter pairs in the open Western Mediterranean: the odd one 300 m north of the even one.
                if (kind == 0) {
                    lat[i] = 37.5 + random.nextDouble() * 1.5;
                    lon[i] = 3.5 + random.nextDouble() * 3;
                } else {
                    lat[i] = lat[i - 1] + 0.0027;
                    lon[i] = lon[i - 1];
                }
                sog[i] = 0.5;
            } else if (kind < 22) {
                lat[i] = 37.5 + random.nextDouble() * 1.5;
                lon[i] = 3.5 + random.nextDouble() * 3;
                sog[i] = 1.0;
            } else if (kind < 32) {
                Position p = ports.get(random.nextInt(ports.size())).position();
                lat[i] = p.latitude() + (random.nextDouble() - 0.5) * 0.02;
                lon[i] = p.longitude() + (random.nextDouble() - 0.5) * 0.02;
                sog[i] = 0.1;
            } else if (i % 3 == 0) {
                lat[i] = 35 + random.nextDouble() * 9;
                lon[i] = -5 + random.nextDouble() * 20;
                sog[i] = 8 + random.nextDouble() * 12;
            } else {
                lat[i] = -60 + random.nextDouble() * 130;
                lon[i] = -180 + random.nextDouble() * 360;
                sog[i] = 8 + random.nextDouble() * 12;
            }
            cog[i] = random.nextDouble() * 360;
        }
        List<Observation> observations = new ArrayList<>(rounds * vessels);
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < vessels; i++) {
                Instant t = T0.plusMillis(r * 30_000L + (i % 30_000));
                double metres = sog[i] * 1852 / 3600 * 30;
                lat[i] = Math.clamp(lat[i] + metres * Math.cos(Math.toRadians(cog[i])) / 111_195, -89, 89);
                lon[i] += metres * Math.sin(Math.toRadians(cog[i])) / (111_195 * Math.cos(Math.toRadians(lat[i])));
                lon[i] = ((lon[i] + 540) % 360) - 180;
                observations.add(new Observation(
                        report(200_000_000 + i, lat[i], lon[i], sog[i], cog[i]), RECEPTION, t, "bench"));
            }
        }
        observations.sort(Comparator.comparing(Observation::time));
        return observations;
    }

    static PositionReportClassA report(int mmsi, double lat, double lon, double sog, double cog) {
        return new PositionReportClassA(
                1,
                0,
                Mmsi.of(mmsi),
                NavigationStatus.UNDER_WAY_USING_ENGINE,
                RateOfTurn.ofRaw(0),
                OptionalDouble.of(Math.round(sog * 10) / 10.0),
                true,
                Optional.of(Position.of(Math.round(lat * 600000) / 600000.0, Math.round(lon * 600000) / 600000.0)),
                OptionalDouble.of((Math.round(cog * 10) % 3600) / 10.0),
                OptionalInt.of((int) cog),
                ReportSecond.ofRaw(5),
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                0);
    }

    private static ZoneSet zones() {
        StringBuilder circle = new StringBuilder();
        for (int k = 0; k <= 128; k++) {
            double a = 2 * Math.PI * (k % 128) / 128;
            circle.append(k == 0 ? "" : ",")
                    .append(String.format(
                            Locale.ROOT, "[%.5f,%.5f]", 14.4 + 0.4 * Math.cos(a), 35.9 + 0.3 * Math.sin(a)));
        }
        String geojson = """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"id": "strait", "kind": "TERRITORIAL_SEA"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[-6.0,35.8],[-5.2,35.8],[-5.2,36.2],[-6.0,36.2],[-6.0,35.8]]]}},
                 {"type": "Feature", "properties": {"id": "malta", "dwellMinutes": 60}, "geometry": {"type": "Polygon",
                  "coordinates": [[%s]]}},
                 {"type": "Feature", "properties": {"id": "balearic", "kind": "SEARCH_AND_RESCUE_REGION"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[0.0,37.5],[5.0,37.5],[5.0,41.0],[0.0,41.0],[0.0,37.5]]]}},
                 {"type": "Feature", "properties": {"id": "tyrrhenian", "kind": "EXCLUSIVE_ECONOMIC_ZONE"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[9.5,38.0],[16.0,38.0],[16.0,41.0],[13.0,42.0],[9.5,41.0],[9.5,38.0]]]}}
                ]}""".formatted(circle);
        return switch (GeoJsonZones.read(geojson, ZoneKind.OPERATOR)) {
            case ZoneImport.Imported imported -> ZoneSet.of(imported.zones());
            case ZoneImport.Rejected rejected -> throw new IllegalStateException("benchmark zones: " + rejected);
        };
    }
}
