package io.jisr.bench.picture;

import io.jisr.ais.Reception;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.Observation;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureSettings;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import java.time.Instant;
import java.util.List;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The picture's queries and updates with 200,000 vessels loaded: viewport queries of the sizes a watch
 * officer's map shows, and applying position reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PictureBenchmark {

    /** Vessels are spread over the world's shipping latitudes, a third of them in the Mediterranean. */
    @Param("200000")
    int vessels;

    /** Viewport: a harbour approach (0.5°), the Western Mediterranean (10° x 7°), the whole world. */
    @Param({"harbour", "westernMed", "world"})
    String viewport;

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    Picture picture;
    BoundingBox box;
    PositionReportClassA[] updates;
    int next;

    @Setup(Level.Trial)
    public void load() {
        picture = new Picture(PictureSettings.defaults(), m -> Optional.empty());
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < vessels; i++) {
            double lat;
            double lon;
            if (i % 3 == 0) {
                lat = 35 + random.nextDouble() * 9;
                lon = -5 + random.nextDouble() * 20;
            } else {
                lat = -60 + random.nextDouble() * 130;
                lon = -180 + random.nextDouble() * 360;
            }
            picture.apply(new Observation(report(200_000_000 + i, lat, lon), RECEPTION, T0, "bench"), e -> {});
        }
        box = switch (viewport) {
            case "harbour" -> new BoundingBox(36.6, 2.8, 37.1, 3.3);
            case "westernMed" -> new BoundingBox(35, -2, 42, 8);
            case "world" -> BoundingBox.WORLD;
            default -> throw new IllegalArgumentException("unknown viewport " + viewport);
        };
        updates = new PositionReportClassA[4096];
        for (int i = 0; i < updates.length; i++) {
            updates[i] = report(
                    200_000_000 + random.nextInt(vessels), 35 + random.nextDouble() * 9, -5 + random.nextDouble() * 20);
        }
    }

    static PositionReportClassA report(int mmsi, double lat, double lon) {
        return new PositionReportClassA(
                1,
                0,
                Mmsi.of(mmsi),
                NavigationStatus.UNDER_WAY_USING_ENGINE,
                RateOfTurn.ofRaw(0),
                OptionalDouble.of(12.3),
                true,
                Optional.of(Position.of(Math.round(lat * 600000) / 600000.0, Math.round(lon * 600000) / 600000.0)),
                OptionalDouble.of(90.0),
                OptionalInt.of(90),
                ReportSecond.ofRaw(5),
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                0);
    }

    /** One viewport query returning up to 20,000 vessels, as the map asks. */
    @Benchmark
    public List<Vessel> viewportQuery() {
        return picture.inBox(box, VesselFilter.ALL, T0, 20_000);
    }

    /** Applying one position report (a single writer), including the kinematic check and the grid move. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void applyPosition(Blackhole hole) {
        PositionReportClassA m = updates[next++ & (updates.length - 1)];
        picture.apply(new Observation(m, RECEPTION, T0.plusSeconds(next), "bench"), hole::consume);
    }

    static final Reception RECEPTION =
            new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.empty(), 1, 1);
}
