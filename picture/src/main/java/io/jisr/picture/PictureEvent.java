package io.jisr.picture;

import java.time.Instant;

/** A change in the picture, for the consumers that follow it: storage, live view, detections, sharing. */
public sealed interface PictureEvent {

    /** Returns the message time at which the change happened. */
    Instant time();

    /**
     * A station was heard for the first time.
     *
     * @param vessel the new entry
     */
    record VesselAppeared(Vessel vessel) implements PictureEvent {
        @Override
        public Instant time() {
            return vessel.firstSeen();
        }
    }

    /**
     * A position report was applied; every report produces one, so history can keep them all.
     *
     * @param vessel the vessel after the report
     * @param fix the reported position
     * @param disposition what the picture did with it
     */
    record PositionReported(Vessel vessel, PositionFix fix, Disposition disposition) implements PictureEvent {
        @Override
        public Instant time() {
            return fix.time();
        }
    }

    /** What the picture did with a position report. */
    enum Disposition {
        /** It became the vessel's current position. */
        CURRENT,
        /** It is older than the current position: history only. */
        LATE,
        /** It implies an impossible jump: history only, marked suspect, until confirmed. */
        SUSPECT
    }

    /**
     * Static or voyage data changed.
     *
     * @param vessel the vessel after the change
     * @param previous the data before
     * @param time message time of the change
     */
    record StaticDataChanged(Vessel vessel, StaticData previous, Instant time) implements PictureEvent {}

    /**
     * Nothing was heard from a station for longer than the stale threshold.
     *
     * @param vessel the vessel as last known
     * @param time the picture time at which it went stale
     */
    record VesselWentStale(Vessel vessel, Instant time) implements PictureEvent {}
}
