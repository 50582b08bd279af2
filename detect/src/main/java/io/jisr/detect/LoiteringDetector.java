package io.jisr.detect;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.detect.geo.Geography;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Loitering after one {@link LoiteringRule}: a run of consecutive current reports of one vessel, each
 * below the rule's speed and far enough from shore, with no silence longer than the rule allows,
 * lasting at least the rule's duration.
 *
 * <p>The detection opens when the run reaches the duration, updates at most every half hour and closes
 * with the report that breaks the run (its end is the last report inside the run). A late report that
 * falls inside a run and breaks it (too fast or too close to shore) withdraws a detection that no
 * longer reaches the duration on either side of it, or shortens it otherwise.
 */
public final class LoiteringDetector implements Detector {
    private static final long UPDATE_EVERY_MILLIS = 30 * 60_000L;
    /** How long a finished run is remembered so late reports can still withdraw it. */
    private static final long LATE_MEMORY_MILLIS = 24 * 3_600_000L;

    private final LoiteringRule rule;
    private final Geography geography;
    private final String name;
    private final long minDurationMillis;
    private final long maxIntervalMillis;
    private final VesselTable<Run> runs;

    /** Builds a detector for one rule. */
    public LoiteringDetector(LoiteringRule rule, Geography geography) {
        this(rule, geography, new VesselIndex());
    }

    /** Builds a detector for one rule with its runs in a slot of {@code vessels}, shared with the other detectors. */
    LoiteringDetector(LoiteringRule rule, Geography geography, VesselIndex vessels) {
        this.runs = new VesselTable<>(vessels);
        this.rule = rule;
        this.geography = geography;
        this.name = "loitering/" + rule.name();
        this.minDurationMillis = rule.minDuration().toMillis();
        this.maxIntervalMillis = rule.maxReportInterval().toMillis();
    }

    private static final class Run {
        final Mmsi mmsi;
        long startMillis;
        Position start;
        long lastMillis;
        double speedTimesMillis;
        double lastSpeed;
        double minShore;
        Loitering opened;
        long lastEmittedMillis;
        Loitering closed;

        Run(Mmsi mmsi, long startMillis, Position start, double speed, double shore) {
            this.mmsi = mmsi;
            this.startMillis = startMillis;
            this.start = start;
            this.lastMillis = startMillis;
            this.lastSpeed = speed;
            this.minShore = shore;
        }

        double averageKnots() {
            long span = lastMillis - startMillis;
            return span <= 0 ? lastSpeed : speedTimesMillis / span;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void accept(PictureEvent event, DetectionSink sink) {
        if (!(event instanceof PictureEvent.PositionReported reported)
                || reported.disposition() == PictureEvent.Disposition.SUSPECT) {
            return;
        }
        if (!rule.categories().isEmpty()
                && !rule.categories().contains(reported.vessel().category())) {
            return;
        }
        PositionFix fix = reported.fix();
        if (fix.speedKnots().isEmpty()) {
            return;
        }
        double speed = fix.speedKnots().getAsDouble();
        long t = fix.time().toEpochMilli();
        Position p = fix.position();
        Mmsi mmsi = reported.vessel().mmsi();
        boolean slowOffshore = speed < rule.maxSpeedKnots();
        double shore = slowOffshore ? geography.distanceToShoreNauticalMiles(p.latitude(), p.longitude()) : 0;
        slowOffshore = slowOffshore && shore >= rule.minShoreDistanceNauticalMiles();
        Run run = runs.get(mmsi.value());
        if (reported.disposition() == PictureEvent.Disposition.LATE) {
            if (!slowOffshore && run != null) {
                late(run, t, fix.time(), sink);
            }
            return;
        }
        Run active = run != null && run.closed == null ? run : null;
        if (active != null && t > active.lastMillis) {
            boolean continues = slowOffshore && t - active.lastMillis <= maxIntervalMillis;
            if (continues) {
                active.speedTimesMillis += (active.lastSpeed + speed) / 2 * (t - active.lastMillis);
                active.lastMillis = t;
                active.lastSpeed = speed;
                active.minShore = Math.min(active.minShore, shore);
                emitProgress(active, fix.time(), sink);
                return;
            }
            finish(active, fix.time(), sink);
        }
        if (slowOffshore && (active == null || t > active.lastMillis)) {
            // A new run; it replaces the memory of a finished one.
            runs.put(mmsi.value(), new Run(mmsi, t, p, speed, shore));
        }
    }

    private void emitProgress(Run run, Instant time, DetectionSink sink) {
        if (run.opened == null) {
            if (run.lastMillis - run.startMillis >= minDurationMillis) {
                run.opened = loitering(run, Optional.empty());
                run.lastEmittedMillis = run.lastMillis;
                sink.accept(new DetectionChange.Opened(run.opened, time));
            }
        } else if (run.lastMillis - run.lastEmittedMillis >= UPDATE_EVERY_MILLIS) {
            run.opened = loitering(run, Optional.empty());
            run.lastEmittedMillis = run.lastMillis;
            sink.accept(new DetectionChange.Updated(run.opened, time));
        }
    }

    private void finish(Run run, Instant time, DetectionSink sink) {
        if (run.opened != null) {
            run.closed = loitering(run, Optional.of(Instant.ofEpochMilli(run.lastMillis)));
            run.opened = null;
            sink.accept(new DetectionChange.Closed(run.closed, time));
        } else {
            runs.remove(run.mmsi.value());
        }
    }

    /** A late report that breaks the run at {@code t}: keep the longer side if it still qualifies. */
    private void late(Run run, long t, Instant time, DetectionSink sink) {
        if (t <= run.startMillis || t >= run.lastMillis) {
            return;
        }
        Loitering current = run.opened != null ? run.opened : run.closed;
        if (current == null) {
            runs.remove(run.mmsi.value());
            return;
        }
        long before = t - run.startMillis;
        long after = run.lastMillis - t;
        if (after >= minDurationMillis && after > before) {
            // The part after the late report still qualifies: the vessel loitered from then on.
            Loitering later = new Loitering(
                    current.id(),
                    current.rule(),
                    current.mmsi(),
                    time,
                    current.end(),
                    current.position(),
                    current.averageSpeedKnots(),
                    current.shoreDistanceNauticalMiles());
            if (run.opened != null) {
                // The run goes on from the late report; its average keeps the later part's share.
                run.speedTimesMillis *= (double) after / (after + before);
                run.startMillis = t;
                run.start = later.position();
                run.opened = later;
            } else {
                run.closed = later;
            }
            sink.accept(new DetectionChange.Updated(later, time));
            return;
        }
        if (before >= minDurationMillis) {
            Loitering shortened = new Loitering(
                    current.id(),
                    current.rule(),
                    current.mmsi(),
                    current.start(),
                    Optional.of(time),
                    current.position(),
                    current.averageSpeedKnots(),
                    current.shoreDistanceNauticalMiles());
            runs.remove(run.mmsi.value());
            sink.accept(new DetectionChange.Updated(shortened, time));
            sink.accept(new DetectionChange.Closed(shortened, time));
            return;
        }
        runs.remove(run.mmsi.value());
        sink.accept(new DetectionChange.Withdrawn(
                current,
                time,
                "a late report at " + time + " shows " + run.mmsi + " was not loitering then; it had loitered for "
                        + Duration.ofMillis(before) + " before, under the " + rule.minDuration() + " threshold"));
    }

    @Override
    public void advance(Instant watermark, DetectionSink sink) {
        long now = watermark.toEpochMilli();
        java.util.List<Run> silent = new java.util.ArrayList<>();
        runs.forEachValue(run -> {
            if (run.closed == null && now - run.lastMillis > maxIntervalMillis) {
                silent.add(run);
            } else if (run.closed != null && now - run.lastMillis > LATE_MEMORY_MILLIS) {
                silent.add(run);
            }
        });
        // Hash order is not message order; finish runs in a fixed order so output is reproducible.
        silent.sort((a, b) -> Integer.compare(a.mmsi.value(), b.mmsi.value()));
        for (Run run : silent) {
            if (run.closed == null) {
                finish(run, watermark, sink);
            } else {
                runs.remove(run.mmsi.value());
            }
        }
    }

    private Loitering loitering(Run run, Optional<Instant> end) {
        Instant start = Instant.ofEpochMilli(run.startMillis);
        return new Loitering(
                "loitering/" + rule.name() + ':' + run.mmsi.value() + ':' + start.getEpochSecond(),
                rule.name(),
                run.mmsi,
                start,
                end,
                run.start,
                run.averageKnots(),
                run.minShore);
    }
}
