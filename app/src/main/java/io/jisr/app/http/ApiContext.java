package io.jisr.app.http;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.app.alerts.DetectionService;
import io.jisr.app.alerts.ZoneCatalog;
import io.jisr.app.incidents.IncidentBook;
import io.jisr.app.programme.ProgrammeBook;
import io.jisr.app.sar.DriftJobs;
import io.jisr.app.sar.SarCaseBook;
import io.jisr.app.sar.SearchPlans;
import io.jisr.feed.FeedStatus;
import io.jisr.picture.Picture;
import io.jisr.picture.PictureStore;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the HTTP API serves, as the node wires it.
 *
 * @param picture the live picture, queried on every request
 * @param store the history, for tracks
 * @param feeds the current status of every feed
 * @param health the current health of the node's components
 * @param metrics the node's metrics, scraped by {@code /metrics}
 * @param mids the flag table, for each vessel's flag
 * @param clock the time that request defaults ("the last 24 hours") and age filters count from
 * @param live the live view behind the {@code /api/live} WebSocket
 * @param detection the detections and alerts, empty when the node runs without detection
 * @param zones the zones of the detectors, empty when the node runs without detection
 * @param drift the queue of drift runs of the rescue coordinators
 * @param incidents the published incident reports
 * @param plans the search plans made on drifts, for their downloads
 * @param programme the cooperation programme register
 * @param cases the SAR cases of the rescue coordinators
 */
public record ApiContext(
        Picture picture,
        PictureStore store,
        Supplier<List<FeedStatus>> feeds,
        Supplier<Health> health,
        NodeMetrics metrics,
        MaritimeIdentificationDigits mids,
        InstantSource clock,
        LiveHub live,
        Optional<DetectionService> detection,
        Optional<ZoneCatalog> zones,
        DriftJobs drift,
        IncidentBook incidents,
        SearchPlans plans,
        ProgrammeBook programme,
        SarCaseBook cases) {

    /** Checks that nothing is missing. */
    public ApiContext {
        Objects.requireNonNull(picture, "picture must not be null");
        Objects.requireNonNull(store, "store must not be null");
        Objects.requireNonNull(feeds, "feeds must not be null");
        Objects.requireNonNull(health, "health must not be null");
        Objects.requireNonNull(metrics, "metrics must not be null");
        Objects.requireNonNull(mids, "mids must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(live, "live must not be null");
        Objects.requireNonNull(detection, "detection must not be null (empty when off)");
        Objects.requireNonNull(zones, "zones must not be null (empty when off)");
        Objects.requireNonNull(drift, "drift must not be null");
        Objects.requireNonNull(incidents, "incidents must not be null");
        Objects.requireNonNull(plans, "plans must not be null");
        Objects.requireNonNull(programme, "programme must not be null");
        Objects.requireNonNull(cases, "cases must not be null");
    }
}
