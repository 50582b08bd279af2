package io.jisr.store;

import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.ShipType;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Position reports of many vessels arriving round-robin, as the picture would emit them: a third
 * moored (jitter around a point), the rest under way at 5-20 kn on slowly changing courses, each
 * reporting every 2-30 s of message time with millisecond jitter, at AIS resolution. Shared with the
 * benchmarks through the test jar.
 */
public final class LoadGenerator {
    private static final long[] INTERVALS_MS = {2_000, 3_000, 6_000, 10_000, 10_000, 30_000};

    private final Vessel[] vessels;
    private final double[] lat;
    private final double[] lon;
    private final double[] speed;
    private final double[] course;
    private final long[] timeMs;
    private final long[] intervalMs;
    private final boolean[] moored;
    private final SplittableRandom random;
    private int next;

    /** Creates {@code count} vessels placed at random (seeded) around the world, first heard near {@code start}. */
    public LoadGenerator(int count, long seed, Instant start) {
        random = new SplittableRandom(seed);
        vessels = new Vessel[count];
        lat = new double[count];
        lon = new double[count];
        speed = new double[count];
        course = new double[count];
        timeMs = new long[count];
        intervalMs = new long[count];
        moored = new boolean[count];
        for (int i = 0; i < count; i++) {
            moored[i] = random.nextInt(3) == 0;
            lat[i] = random.nextDouble(-60, 60);
            lon[i] = random.nextDouble(-180, 180);
            speed[i] = moored[i] ? 0 : random.nextDouble(5, 20);
            course[i] = random.nextDouble(0, 360);
            intervalMs[i] = moored[i] ? 30_000 : INTERVALS_MS[random.nextInt(INTERVALS_MS.length)];
            timeMs[i] = start.toEpochMilli() + random.nextLong(intervalMs[i]);
            vessels[i] = new Vessel(
                    Mmsi.of(200_000_000 + i),
                    VesselKind.CLASS_A,
                    new StaticData(
                            Optional.of("VESSEL " + i),
                            Optional.of("C" + i),
                            Optional.of(ImoNumber.of(9_000_000 + i)),
                            Optional.of(ShipType.of(70 + i % 10)),
                            Optional.of(new Dimensions(100, 20, 10, 10)),
                            Optional.of("PORT " + i % 100),
                            Optional.empty(),
                            OptionalDouble.of(8.5)),
                    Optional.empty(),
                    Instant.ofEpochMilli(timeMs[i]),
                    Instant.ofEpochMilli(timeMs[i]),
                    0,
                    io.jisr.picture.HeardBy.of(Map.of("rx-" + i % 4, Instant.ofEpochMilli(timeMs[i]))));
        }
    }

    /** Returns the number of vessels. */
    public int vessels() {
        return vessels.length;
    }

    /** Returns the next report, round-robin over the vessels. */
    public PictureEvent.PositionReported next() {
        int i = next;
        next = next + 1 == vessels.length ? 0 : next + 1;
        long dt = intervalMs[i] + random.nextLong(-250, 251);
        timeMs[i] += dt;
        PositionFix fix;
        if (moored[i]) {
            lat[i] += random.nextInt(-2, 3) / 600_000.0;
            lon[i] += random.nextInt(-2, 3) / 600_000.0;
            fix = new PositionFix(
                    Instant.ofEpochMilli(timeMs[i]),
                    position(i),
                    OptionalDouble.of(random.nextInt(2) / 10.0),
                    OptionalDouble.of(Math.floor(course[i] * 10) / 10),
                    OptionalInt.of((int) course[i]),
                    Optional.of(NavigationStatus.MOORED),
                    false,
                    1,
                    false);
        } else {
            course[i] = (course[i] + random.nextDouble(-0.5, 0.5) + 360) % 360;
            speed[i] = Math.max(0, speed[i] + random.nextDouble(-0.1, 0.1));
            double nm = speed[i] * dt / 3_600_000.0;
            lat[i] += nm / 60 * Math.cos(Math.toRadians(course[i]));
            lon[i] += nm / 60 * Math.sin(Math.toRadians(course[i])) / Math.max(0.2, Math.cos(Math.toRadians(lat[i])));
            lat[i] = Math.max(-89, Math.min(89, lat[i]));
            if (lon[i] > 180) {
                lon[i] -= 360;
            } else if (lon[i] < -180) {
                lon[i] += 360;
            }
            fix = new PositionFix(
                    Instant.ofEpochMilli(timeMs[i]),
                    position(i),
                    OptionalDouble.of(Math.round(speed[i] * 10) / 10.0),
                    OptionalDouble.of(Math.round(course[i] * 10) % 3600 / 10.0),
                    OptionalInt.of((int) Math.round(course[i] + random.nextInt(-2, 3) + 360) % 360),
                    Optional.of(NavigationStatus.UNDER_WAY_USING_ENGINE),
                    true,
                    1,
                    false);
        }
        Vessel v = vessels[i];
        vessels[i] = new Vessel(
                v.mmsi(),
                v.kind(),
                v.staticData(),
                Optional.of(fix),
                v.firstSeen(),
                fix.time(),
                v.reports() + 1,
                v.heardBy());
        return new PictureEvent.PositionReported(vessels[i], fix, PictureEvent.Disposition.CURRENT);
    }

    private Position position(int i) {
        return Position.of(Math.round(lat[i] * 600_000) / 600_000.0, Math.round(lon[i] * 600_000) / 600_000.0);
    }
}
