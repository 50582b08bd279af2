package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.app.sar.DriftJobs;
import io.jisr.app.sar.SarCaseBook;
import io.jisr.sar.SarInputException;
import io.jisr.sar.cases.CaseAction;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.DriftRequest;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.ParticleStatus;
import io.jisr.sar.drift.Position;
import io.jisr.sar.drift.Seeding;
import io.jisr.sar.env.Environment;
import io.jisr.sar.env.NetcdfForecast;
import io.jisr.sar.leeway.LeewayObject;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.product.DriftSummary;
import io.jisr.sar.product.ProbabilityGrid;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drift endpoints of the rescue coordinator: the Leeway object categories, and drift runs queued
 * with progress, whose result carries what the web UI draws — particle positions at each output time
 * (a sample of them), the probability grid, the 50 % and 90 % areas, and the summary.
 */
final class SarRoutes {
    /** Most particles one run through the API may use (both cores for a few seconds at most). */
    static final int MAX_PARTICLES = 100_000;

    /** Most particles per output time sent to a browser: enough to see the cloud, small enough to draw. */
    static final int MAX_SHOWN = 2_000;

    private static final Set<String> FIELDS = Set.of(
            "object",
            "lat",
            "lon",
            "radiusMetres",
            "start",
            "hours",
            "particles",
            "seed",
            "stepSeconds",
            "environment",
            "windEast",
            "windNorth",
            "currentEast",
            "currentNorth",
            "caseId");

    /** What a drift from a case takes from the case rather than from the request. */
    private static final List<String> FROM_CASE = List.of("object", "lat", "lon", "radiusMetres", "start");

    private final DriftJobs jobs;
    private final SarCaseBook cases;

    SarRoutes(DriftJobs jobs, SarCaseBook cases) {
        this.jobs = jobs;
        this.cases = cases;
    }

    /** {@code GET /api/sar/objects}: every Leeway object category. */
    void objects(Context ctx) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (LeewayObject o : LeewayObjects.bundled().all()) {
            all.add(Map.of("id", o.id(), "key", o.key(), "description", o.description()));
        }
        HttpApi.json(ctx, 200, Map.of("objects", all));
    }

    /**
     * {@code POST /api/sar/drift}: queues a run; 202 with its id and progress. With {@code caseId} the object,
     * the seeding (point, line or area) and the start come from the case, and the run is logged in it.
     */
    void submit(Context ctx) {
        JsonBody body = JsonBody.of(ctx, FIELDS);
        Optional<String> caseId = body.text("caseId");
        Optional<SarCase> sarCase = caseId.flatMap(cases::find);
        if (caseId.isPresent()) {
            if (sarCase.isEmpty()) {
                body.reject("caseId", "is not a SAR case of this node", caseId.get());
            } else if (!sarCase.get().custody().heldHere()) {
                body.reject(
                        "caseId",
                        "is held by " + sarCase.get().custody().holder().get() + "; this node's copy is read-only",
                        caseId.get());
            }
            for (String f : FROM_CASE) {
                if (body.has(f)) {
                    body.reject(f, "comes from the case when caseId is given", null);
                }
            }
        }
        boolean point = caseId.isEmpty();
        String object = point ? body.requiredText("object").orElse("") : "";
        double lat = point ? body.requiredNumber("lat", -90, 90) : 0;
        double lon = point ? body.requiredNumber("lon", -180, 180) : 0;
        double radius = point ? body.requiredNumber("radiusMetres", 0, 200_000) : 0;
        String start = point ? body.requiredText("start").orElse("") : "";
        double hours = body.requiredNumber("hours", 0.1, 168);
        int particles = body.integer("particles").orElse(DriftRequest.DEFAULT_PARTICLES);
        int seed = body.integer("seed").orElse(1);
        int step = body.integer("stepSeconds").orElse(600);
        String environment = body.text("environment").orElse("sample");
        if (particles < 1 || particles > MAX_PARTICLES) {
            body.reject("particles", "must be within 1.." + MAX_PARTICLES, String.valueOf(particles));
        }
        if (step < 10 || step > 3600) {
            body.reject("stepSeconds", "must be within 10..3600", String.valueOf(step));
        }
        Instant from = Instant.EPOCH;
        if (point) {
            try {
                from = Instant.parse(start);
            } catch (DateTimeParseException e) {
                body.reject("start", "must be an ISO-8601 UTC time such as 2026-03-10T06:00:00Z", start);
            }
        }
        Environment env = null;
        switch (environment) {
            case "sample" -> {
                NetcdfForecast sample = NetcdfForecast.bundledSample();
                env = new Environment(sample.requireWind(), sample.requireCurrent());
            }
            case "constant" ->
                env = Environment.constant(
                        body.requiredNumber("windEast", -60, 60),
                        body.requiredNumber("windNorth", -60, 60),
                        body.requiredNumber("currentEast", -5, 5),
                        body.requiredNumber("currentNorth", -5, 5));
            default -> body.reject("environment", "must be sample or constant", environment);
        }
        body.check();
        DriftRequest request;
        try {
            LeewayObject leeway = sarCase.isPresent()
                    ? LeewayObjects.bundled().find(String.valueOf(sarCase.get().objectId()))
                    : LeewayObjects.bundled().find(object);
            Seeding seeding = sarCase.map(c -> c.lastKnown().seeding())
                    .orElseGet(() -> new Seeding.Point(new Position(lat, lon), radius));
            request = DriftRequest.of(
                            leeway,
                            seeding,
                            sarCase.map(c -> c.lastKnown().start()).orElse(from),
                            Duration.ofSeconds(Math.round(hours * 3600)))
                    .withParticles(particles)
                    .withSeed(seed)
                    .withStep(Duration.ofSeconds(step));
        } catch (SarInputException | IllegalArgumentException e) {
            throw new ApiException(400, ErrorJson.of(ErrorJson.BAD_REQUEST, e.getMessage()));
        }
        String owner = AccessGate.principal(ctx).username().value();
        DriftJobs.Job job = jobs.submit(owner, request, env)
                .orElseThrow(() -> new ApiException(
                        429, ErrorJson.of(ErrorJson.RATE_LIMITED, "drift runs are queued already; try again shortly")));
        if (sarCase.isPresent()) {
            String text = "%s: %s h from %s, %,d particles, %s"
                    .formatted(
                            job.id(),
                            QueryParameters.format(hours),
                            request.start(),
                            particles,
                            "sample".equals(environment) ? "sample forecast" : "constant wind and current");
            cases.change(
                    sarCase.get().reference(),
                    (c, at) ->
                            c.logged(new CaseLogEntry(at, owner, CaseAction.DRIFT_RUN, text, Optional.of(job.id()))));
        }
        HttpApi.json(ctx, 202, status(job));
    }

    /** {@code GET /api/sar/drift/{id}}: progress, then the result. */
    void job(Context ctx) {
        DriftJobs.Job job = jobs.job(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no drift run " + ctx.pathParam("id")));
        if (job.result().isEmpty()) {
            HttpApi.json(ctx, 200, status(job));
            return;
        }
        HttpApi.json(ctx, 200, result(job, job.result().get()));
    }

    /** {@code DELETE /api/sar/drift/{id}}: cancels a queued or running run. */
    void cancel(Context ctx) {
        if (!jobs.cancel(ctx.pathParam("id"))) {
            throw ApiException.notFound("no queued or running drift run " + ctx.pathParam("id"));
        }
        ctx.status(204);
    }

    private static Map<String, Object> status(DriftJobs.Job job) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", job.id());
        m.put("state", job.state().name());
        m.put("done", job.done());
        m.put("total", job.total());
        job.error().ifPresent(e -> m.put("error", e));
        return m;
    }

    private static Map<String, Object> result(DriftJobs.Job job, DriftResult r) {
        Map<String, Object> m = status(job);
        LeewayObject o = r.request().object();
        m.put("object", Map.of("id", o.id(), "key", o.key(), "description", o.description()));
        m.put("times", r.times());
        int every = Math.max(1, (r.particles() + MAX_SHOWN - 1) / MAX_SHOWN);
        List<Object> frames = new ArrayList<>();
        List<Object> summaries = new ArrayList<>();
        for (int out = 0; out < r.outputs(); out++) {
            List<double[]> points = new ArrayList<>();
            for (int p = 0; p < r.particles(); p += every) {
                points.add(new double[] {
                    round(r.latitude(out, p)),
                    round(r.longitude(out, p)),
                    r.status(out, p) == ParticleStatus.STRANDED ? 1 : 0
                });
            }
            frames.add(points);
            summaries.add(summary(DriftSummary.of(r, out)));
        }
        m.put("frames", frames);
        m.put("summaries", summaries);
        ProbabilityGrid grid = ProbabilityGrid.of(r, r.lastOutput(), cellMetres(DriftSummary.of(r)));
        m.put(
                "probability",
                grid.cells().stream()
                        .filter(c -> c.probability() > 0)
                        .map(c -> new double[] {c.south(), c.west(), c.north(), c.east(), c.probability()})
                        .toList());
        m.put("area50", area(grid.smallestArea(0.5)));
        m.put("area90", area(grid.smallestArea(0.9)));
        return m;
    }

    /** A cell size that gives the cloud some 30 cells across its drift error, at least 100 m. */
    private static double cellMetres(DriftSummary s) {
        return Math.max(100, s.driftErrorMetres() / 15);
    }

    private static Map<String, Object> area(ProbabilityGrid.ProbableArea a) {
        return Map.of(
                "share", a.achievedShare(),
                "squareKilometres", a.areaSquareMetres() / 1e6,
                "cells",
                        a.cells().stream()
                                .map(c -> new double[] {c.south(), c.west(), c.north(), c.east()})
                                .toList());
    }

    private static Map<String, Object> summary(DriftSummary s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("time", s.time());
        m.put(
                "datum",
                Map.of(
                        "lat",
                        round(s.datum().latitude()),
                        "lon",
                        round(s.datum().longitude())));
        m.put("driftErrorMetres", Math.round(s.driftErrorMetres()));
        m.put("meanDriftMetres", Math.round(s.meanDriftDistanceMetres()));
        m.put("spreadDownwindMetres", Math.round(s.spreadDownwindMetres()));
        m.put("spreadCrosswindMetres", Math.round(s.spreadCrosswindMetres()));
        m.put("jibedShare", s.jibedShare());
        m.put("strandedShare", s.strandedShare());
        m.put("outsideShare", s.outsideShare());
        return m;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
