package io.jisr.detect;

import io.jisr.picture.PictureEvent;
import java.time.Instant;

/**
 * One detection rule over the picture's events. Not thread-safe: the engine calls it from one thread.
 * A detector never reads the wall clock; time only moves through the events it is given and through
 * {@link #advance}.
 */
public interface Detector {

    /** Returns a short name for logs and metrics, for example {@code encounter/gfw}. */
    String name();

    /** Handles one picture event; the engine has already advanced its watermark to cover it. */
    void accept(PictureEvent event, DetectionSink sink);

    /**
     * Lets timers fire: everything the detector waits for up to {@code watermark} (message time) is
     * decided now. Called by the engine at fixed steps of message time.
     */
    void advance(Instant watermark, DetectionSink sink);
}
