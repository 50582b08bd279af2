package io.jisr.store;

import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.picture.PositionFix;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A piece of one station's history stored as one row: at most a few hundred points within
 * {@link #MAX_SPAN_MS}, delta-encoded into a compact blob. While a segment is open the writer keeps
 * it here and appends to it; every commit writes it whole.
 *
 * <p>Values are kept at AIS resolution: time in milliseconds, latitude and longitude in 1/600,000
 * degree (1/10,000 minute, ITU-R M.1371-5 table 45), speed and course in tenths. Values that came
 * from AIS therefore read back exactly equal; others are rounded to that resolution.
 */
final class TrackSegment {
    /*
     * Implementation note: blob format 1.
     *
     *   byte 0        format (1)
     *   then per point, in arrival order:
     *   flags byte    0x01 speed, 0x02 course, 0x04 heading, 0x08 status present, 0x10 high accuracy,
     *                 0x20 suspect, 0x40 header byte follows, 0x80 motion unchanged
     *   header byte   when 0x40 (first point, and whenever type or status changes): 0x01 message type
     *                 follows, 0x02 status changed, high nibble the status code
     *   varint        message type, when header 0x01
     *   zigzag varint time, then latitude, then longitude (1/600,000 degree), each as the difference
     *                 from its prediction: previous value plus previous step (delta of delta), so that
     *                 a regular reporting interval and a steady course cost a byte each; the first
     *                 point is predicted as 0 (absolute) and the second as the first
     *   zigzag varint unless 0x80: speed - last present speed, 0.1 kn (when 0x01); course, 0.1
     *                 degree (0x02); heading, degree (0x04); each against its own last present value
     *
     * Measured in docs/decisions/0001-track-storage.md: about 7 bytes a point for a station under
     * way, 5 moored. Points keep their arrival order, so late reports (older than the previous point)
     * are legal and only cost a larger time difference; readers sort.
     */

    /** The longest time between a segment's earliest and latest point; equal to the schema's check. */
    static final long MAX_SPAN_MS = 600_000;

    /** Raw position units per degree: 1/10,000 minute. */
    static final int UNITS_PER_DEGREE = 600_000;

    private static final int FORMAT = 1;
    private static final int SPEED = 0x01;
    private static final int COURSE = 0x02;
    private static final int HEADING = 0x04;
    private static final int STATUS = 0x08;
    private static final int HIGH_ACCURACY = 0x10;
    private static final int SUSPECT = 0x20;
    private static final int HEADER = 0x40;
    private static final int MOTION_UNCHANGED = 0x80;
    private static final int TYPE_FOLLOWS = 0x01;
    private static final int STATUS_CHANGED = 0x02;

    /** The encoder's running values. */
    private static final class State {
        int points;
        long startMs;
        long endMs;
        int south;
        int north;
        int west;
        int east;
        long lastMs;
        long stepMs;
        long lastLat;
        long stepLat;
        long lastLon;
        long stepLon;
        long lastSpeed;
        long lastCourse;
        long lastHeading;
        int lastType = -1;
        int lastStatus = -1;
    }

    private final long id;
    private final int mmsi;
    private final int maxPoints;
    private final BinaryWriter data = new BinaryWriter(64);
    private final State state = new State();

    /** How many of the points are in the database (written by a checkpoint). */
    int writtenPoints;

    TrackSegment(long id, int mmsi, int maxPoints) {
        this.id = id;
        this.mmsi = mmsi;
        this.maxPoints = maxPoints;
        data.writeByte(FORMAT);
    }

    long id() {
        return id;
    }

    int mmsi() {
        return mmsi;
    }

    int points() {
        return state.points;
    }

    long startMs() {
        return state.startMs;
    }

    long endMs() {
        return state.endMs;
    }

    double south() {
        return degrees(state.south);
    }

    double north() {
        return degrees(state.north);
    }

    double west() {
        return degrees(state.west);
    }

    double east() {
        return degrees(state.east);
    }

    byte[] data() {
        return data.toByteArray();
    }

    /** Returns whether a point at {@code timeMs} fits: room left and the span stays within the limit. */
    boolean accepts(long timeMs) {
        if (state.points == 0) {
            return true;
        }
        if (state.points >= maxPoints) {
            return false;
        }
        long span = Math.max(state.endMs, timeMs) - Math.min(state.startMs, timeMs);
        return span >= 0 && span <= MAX_SPAN_MS;
    }

    /** Returns whether the segment may hold points in the time range and box (a cheap, inclusive test). */
    boolean overlaps(long fromMs, long toMs, double boxSouth, double boxNorth, double boxWest, double boxEast) {
        if (state.endMs < fromMs || state.startMs > toMs || north() < boxSouth || south() > boxNorth) {
            return false;
        }
        return boxWest > boxEast ? east() >= boxWest || west() <= boxEast : east() >= boxWest && west() <= boxEast;
    }

    /** Returns a copy of the segment as it stands, to write or to read while the writer goes on. */
    SegmentImage image() {
        return new SegmentImage(
                id,
                mmsi,
                state.startMs,
                state.endMs,
                state.points,
                south(),
                north(),
                west(),
                east(),
                data.toByteArray());
    }

    /** Appends a point; the caller has checked {@link #accepts}. */
    void append(PositionFix fix, long timeMs) {
        int lat = units(fix.position().latitude());
        int lon = units(fix.position().longitude());
        long speed = fix.speedKnots().isPresent() ? Math.round(fix.speedKnots().getAsDouble() * 10) : 0;
        long course =
                fix.courseDegrees().isPresent() ? Math.round(fix.courseDegrees().getAsDouble() * 10) : 0;
        long heading = fix.headingDegrees().isPresent() ? fix.headingDegrees().getAsInt() : 0;
        int status = fix.status().map(NavigationStatus::code).orElse(-1);
        int flags = 0;
        boolean motionUnchanged = true;
        if (fix.speedKnots().isPresent()) {
            flags |= SPEED;
            motionUnchanged = speed == state.lastSpeed;
        }
        if (fix.courseDegrees().isPresent()) {
            flags |= COURSE;
            motionUnchanged &= course == state.lastCourse;
        }
        if (fix.headingDegrees().isPresent()) {
            flags |= HEADING;
            motionUnchanged &= heading == state.lastHeading;
        }
        if (motionUnchanged) {
            flags |= MOTION_UNCHANGED;
        }
        int header = 0;
        if (status >= 0) {
            flags |= STATUS;
            if (status != state.lastStatus) {
                header |= STATUS_CHANGED | status << 4;
            }
        }
        if (fix.messageType() != state.lastType) {
            header |= TYPE_FOLLOWS;
        }
        if (fix.highAccuracy()) {
            flags |= HIGH_ACCURACY;
        }
        if (fix.suspect()) {
            flags |= SUSPECT;
        }
        if (header != 0) {
            flags |= HEADER;
        }
        data.writeByte(flags);
        if (header != 0) {
            data.writeByte(header);
            if ((header & TYPE_FOLLOWS) != 0) {
                data.writeVarLong(fix.messageType() & 0xFFFFFFFFL);
                state.lastType = fix.messageType();
            }
            if ((header & STATUS_CHANGED) != 0) {
                state.lastStatus = status;
            }
        }
        data.writeSignedVarLong(timeMs - (state.lastMs + state.stepMs));
        data.writeSignedVarLong(lat - (state.lastLat + state.stepLat));
        data.writeSignedVarLong(lon - (state.lastLon + state.stepLon));
        if (!motionUnchanged) {
            if ((flags & SPEED) != 0) {
                data.writeSignedVarLong(speed - state.lastSpeed);
            }
            if ((flags & COURSE) != 0) {
                data.writeSignedVarLong(course - state.lastCourse);
            }
            if ((flags & HEADING) != 0) {
                data.writeSignedVarLong(heading - state.lastHeading);
            }
        }
        if ((flags & SPEED) != 0) {
            state.lastSpeed = speed;
        }
        if ((flags & COURSE) != 0) {
            state.lastCourse = course;
        }
        if ((flags & HEADING) != 0) {
            state.lastHeading = heading;
        }
        if (state.points == 0) {
            state.startMs = timeMs;
            state.endMs = timeMs;
            state.south = lat;
            state.north = lat;
            state.west = lon;
            state.east = lon;
        } else {
            state.startMs = Math.min(state.startMs, timeMs);
            state.endMs = Math.max(state.endMs, timeMs);
            state.south = Math.min(state.south, lat);
            state.north = Math.max(state.north, lat);
            state.west = Math.min(state.west, lon);
            state.east = Math.max(state.east, lon);
            state.stepMs = timeMs - state.lastMs;
            state.stepLat = lat - state.lastLat;
            state.stepLon = lon - state.lastLon;
        }
        state.lastMs = timeMs;
        state.lastLat = lat;
        state.lastLon = lon;
        state.points++;
    }

    static int units(double degrees) {
        return (int) Math.round(degrees * UNITS_PER_DEGREE);
    }

    static double degrees(int units) {
        return (double) units / UNITS_PER_DEGREE;
    }

    /** Reads the points of a stored segment one at a time, in the order they were appended. */
    static final class Reader {
        private final BinaryReader in;
        private int flags;
        private int type = -1;
        private int status = -1;
        private int count;
        private long timeMs;
        private long stepMs;
        private long lat;
        private long stepLat;
        private long lon;
        private long stepLon;
        private long speed;
        private long course;
        private long heading;

        Reader(byte[] blob) {
            this(blob, 0, blob.length);
        }

        /** Reads the blob in {@code length} bytes of {@code bytes} from {@code offset}. */
        Reader(byte[] bytes, int offset, int length) {
            in = new BinaryReader(bytes, offset, length);
            int format = in.readByte();
            if (format != FORMAT) {
                throw new StoreException("track segment has blob format " + format + ", this store reads " + FORMAT);
            }
        }

        /** Moves to the next point; returns false at the end. */
        boolean next() {
            if (!in.hasMore()) {
                return false;
            }
            flags = in.readByte();
            if ((flags & HEADER) != 0) {
                int header = in.readByte();
                if ((header & TYPE_FOLLOWS) != 0) {
                    type = (int) in.readVarLong();
                }
                if ((header & STATUS_CHANGED) != 0) {
                    status = header >>> 4;
                }
            }
            long t = timeMs + stepMs + in.readSignedVarLong();
            long la = lat + stepLat + in.readSignedVarLong();
            long lo = lon + stepLon + in.readSignedVarLong();
            if (count > 0) {
                stepMs = t - timeMs;
                stepLat = la - lat;
                stepLon = lo - lon;
            }
            timeMs = t;
            lat = la;
            lon = lo;
            count++;
            if ((flags & MOTION_UNCHANGED) == 0) {
                if ((flags & SPEED) != 0) {
                    speed += in.readSignedVarLong();
                }
                if ((flags & COURSE) != 0) {
                    course += in.readSignedVarLong();
                }
                if ((flags & HEADING) != 0) {
                    heading += in.readSignedVarLong();
                }
            }
            return true;
        }

        long timeMs() {
            return timeMs;
        }

        double latitude() {
            return degrees((int) lat);
        }

        double longitude() {
            return degrees((int) lon);
        }

        /** Returns the current point as a fix. */
        PositionFix fix() {
            return new PositionFix(
                    Instant.ofEpochMilli(timeMs),
                    new Position(latitude(), longitude()),
                    (flags & SPEED) != 0 ? OptionalDouble.of(speed / 10.0) : OptionalDouble.empty(),
                    (flags & COURSE) != 0 ? OptionalDouble.of(course / 10.0) : OptionalDouble.empty(),
                    (flags & HEADING) != 0 ? OptionalInt.of((int) heading) : OptionalInt.empty(),
                    (flags & STATUS) != 0 ? Optional.of(NavigationStatus.ofCode(status)) : Optional.empty(),
                    (flags & HIGH_ACCURACY) != 0,
                    type,
                    (flags & SUSPECT) != 0);
        }
    }
}
