package io.jisr.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.jisr.app.programme.ProgrammeBook;
import io.jisr.app.programme.SearchUnits;
import io.jisr.app.sar.DriftJobs;
import io.jisr.app.sar.SearchPlans;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import io.jisr.sar.SarInputException;
import io.jisr.sar.cases.CaseAction;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.Position;
import io.jisr.sar.leeway.LeewayObjects;
import io.jisr.sar.plan.AssetKind;
import io.jisr.sar.plan.AssetPlan;
import io.jisr.sar.plan.CandidateVessel;
import io.jisr.sar.plan.CoverageFactor;
import io.jisr.sar.plan.PatternKind;
import io.jisr.sar.plan.PlanRequest;
import io.jisr.sar.plan.ProbabilityMap;
import io.jisr.sar.plan.SearchArea;
import io.jisr.sar.plan.SearchAsset;
import io.jisr.sar.plan.SearchConditions;
import io.jisr.sar.plan.SearchObjectType;
import io.jisr.sar.plan.SearchPlan;
import io.jisr.sar.plan.SearchPlanner;
import io.jisr.sar.plan.ShipsThatCanHelp;
import io.jisr.sar.plan.SweepWidthTable;
import io.jisr.sar.plan.Waypoint;
import io.jisr.sar.plan.export.CaseStatus;
import io.jisr.sar.plan.export.PlanGeoJson;
import io.jisr.sar.plan.export.PlanGpx;
import io.jisr.sar.plan.export.PlanKml;
import io.jisr.sar.plan.export.Sitrep;
import io.jisr.sar.plan.export.SitrepLanguage;
import io.jisr.sar.product.DriftSummary;
import io.jisr.sar.product.ProbabilityGrid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Search planning on a drift: the area holding a share of its probability, an IAMSAR pattern for one or
 * more assets with sweep width, spacing, coverage, POD and POS, the plan's files (GPX, KML, GeoJSON) and
 * a SITREP in English or French; and the ships of the live picture that can help, ranked by time to the
 * datum.
 */
final class PlanRoutes {
    private static final Set<String> FIELDS = Set.of(
            "driftId",
            "share",
            "pattern",
            "object",
            "assets",
            "visibilityNm",
            "windKnots",
            "seaMetres",
            "fatigued",
            "coverage",
            "firstLegBearing",
            "caseReference",
            "caseId",
            "area");

    private final ApiContext api;
    private final DriftJobs drifts;
    private final SearchPlans plans;
    private final SearchPlanner planner = new SearchPlanner(SweepWidthTable.bundled());

    private final String nodeId;

    PlanRoutes(ApiContext api, SearchPlans plans, String nodeId) {
        this.api = api;
        this.nodeId = nodeId;
        this.drifts = api.drift();
        this.plans = plans;
    }

    /** {@code POST /api/sar/plan}: a plan on the probability of a finished drift. */
    void plan(Context ctx) {
        JsonBody body = JsonBody.of(ctx, FIELDS);
        String driftId = body.requiredText("driftId").orElse("");
        double share = body.number("share", 0.1, 0.99).orElse(0.9);
        String pattern = body.requiredText("pattern").orElse("");
        String object = body.requiredText("object").orElse("");
        double visibility = body.number("visibilityNm", 0.1, 100).orElse(10.0);
        double wind = body.number("windKnots", 0, 200).orElse(10.0);
        double sea = body.number("seaMetres", 0, 30).orElse(1.0);
        boolean fatigued = body.bool("fatigued").orElse(false);
        double coverage = body.number("coverage", 0.1, 5).orElse(1.0);
        double bearing = body.number("firstLegBearing", 0, 360).orElse(0.0);
        Optional<String> caseId = body.text("caseId");
        if (caseId.isPresent()) {
            var planned = api.cases().find(caseId.get());
            if (planned.isEmpty()) {
                body.reject("caseId", "is not a SAR case of this node", caseId.get());
            } else if (!planned.get().custody().heldHere()) {
                body.reject(
                        "caseId",
                        "is held by " + planned.get().custody().holder().get() + "; this node's copy is read-only",
                        caseId.get());
            }
            if (body.has("caseReference")) {
                body.reject("caseReference", "comes from the case when caseId is given", null);
            }
        }
        String reference = caseId.orElseGet(() -> body.text("caseReference").orElse("SAR CASE"));
        body.check();
        DriftResult drift = drifts.job(driftId)
                .flatMap(DriftJobs.Job::result)
                .orElseThrow(() -> ApiException.notFound("no finished drift run " + driftId));
        SearchPlan plan;
        try {
            List<SearchAsset> assets = assets(ctx, api.programme());
            ProbabilityMap map = plans.map(driftId, freshMap(drift));
            SearchArea area = drawnArea(ctx, reference)
                    .orElseGet(() -> SearchArea.Rectangle.covering(map, share, reference + " area"));
            plan = planner.plan(
                    new PlanRequest(
                            reference,
                            area,
                            PatternKind.valueOf(pattern.toUpperCase(Locale.ROOT)),
                            assets,
                            SearchObjectType.valueOf(object.toUpperCase(Locale.ROOT)),
                            new SearchConditions(visibility, wind, sea, fatigued),
                            new CoverageFactor(coverage),
                            bearing),
                    map);
        } catch (SarInputException | IllegalArgumentException e) {
            throw new ApiException(400, ErrorJson.of(ErrorJson.BAD_REQUEST, e.getMessage()));
        }
        String owner = AccessGate.principal(ctx).username().value();
        SearchPlans.Stored stored = plans.keep(driftId, plan, reference, owner);
        if (caseId.isPresent()) {
            String text = "%s: %s on %s for %s, POS %.0f %%"
                    .formatted(
                            stored.id(),
                            plan.request().pattern(),
                            driftId,
                            String.join(
                                    ", ",
                                    plan.assets().stream()
                                            .map(a -> a.asset().name())
                                            .toList()),
                            100 * plan.probabilityOfSuccess());
            api.cases()
                    .change(
                            caseId.get(),
                            (c, at) -> c.logged(
                                    new CaseLogEntry(at, owner, CaseAction.PLAN_MADE, text, Optional.of(stored.id()))));
        }
        HttpApi.json(ctx, 200, planJson(stored));
    }

    /** The drift's probability at its last output, on cells about a fifteenth of its drift error. */
    private static ProbabilityMap freshMap(DriftResult drift) {
        DriftSummary summary = DriftSummary.of(drift);
        return ProbabilityMap.of(
                ProbabilityGrid.of(drift, drift.lastOutput(), Math.max(100, summary.driftErrorMetres() / 15)));
    }

    /**
     * A box drawn on the map ({@code "area": {"south":…,"west":…,"north":…,"east":…}}) as a search area
     * with its length north–south; empty when the plan should cover a share of the probability instead.
     */
    private static Optional<SearchArea> drawnArea(Context ctx, String reference) {
        JsonNode box;
        try {
            box = Json.mapper().readTree(ctx.body()).path("area");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON", e);
        }
        if (box.isMissingNode() || box.isNull()) {
            return Optional.empty();
        }
        double south = box.path("south").asDouble(Double.NaN);
        double west = box.path("west").asDouble(Double.NaN);
        double north = box.path("north").asDouble(Double.NaN);
        double east = box.path("east").asDouble(Double.NaN);
        if (!(south >= -80 && north <= 80 && south < north && west >= -180 && east <= 180 && west < east)) {
            throw new IllegalArgumentException(
                    "area must be a box with south < north within ±80° and west < east, was " + box);
        }
        double lat = (south + north) / 2;
        double metresPerDegreeLat = 111_132.954 - 559.822 * Math.cos(2 * Math.toRadians(lat));
        double metresPerDegreeLon = Math.PI
                / 180
                * 6_378_137.0
                * Math.cos(Math.toRadians(lat))
                / Math.sqrt(1 - 0.00669437999014 * Math.pow(Math.sin(Math.toRadians(lat)), 2));
        return Optional.of(new SearchArea.Rectangle(
                reference + " area",
                new Position(lat, (west + east) / 2),
                0,
                (north - south) * metresPerDegreeLat,
                (east - west) * metresPerDegreeLon));
    }

    /**
     * {@code POST /api/sar/plan/{id}/unsuccessful}: the plan was carried out without finding the object;
     * the drift's probability map is updated and the next plan on it uses the update.
     */
    void unsuccessful(Context ctx) {
        SearchPlans.Stored stored = plans.plan(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no search plan " + ctx.pathParam("id")));
        DriftResult drift = drifts.job(stored.driftId())
                .flatMap(DriftJobs.Job::result)
                .orElseThrow(() -> ApiException.notFound("the drift run " + stored.driftId() + " has expired"));
        ProbabilityMap updated = plans.unsuccessful(stored, freshMap(drift));
        // A plan made for a case carries the case's reference: the case's log records the search.
        String owner = AccessGate.principal(ctx).username().value();
        String text = "%s searched without finding the object: %d unsuccessful searches, cumulative POS %.0f %%"
                .formatted(stored.id(), updated.searches(), 100 * updated.cumulativeSuccess());
        api.cases()
                .change(
                        stored.caseReference(),
                        (c, at) -> c.logged(new CaseLogEntry(
                                at, owner, CaseAction.SEARCH_UNSUCCESSFUL, text, Optional.of(stored.id()))));
        HttpApi.json(
                ctx, 200, Map.of("searches", updated.searches(), "cumulativeSuccess", updated.cumulativeSuccess()));
    }

    /*
     * An entry {"assetId": "DZA-AS-1"} assigns an asset of the programme register (a delivered patrol vessel,
     * helicopter or aircraft): its kind, search speed, endurance and height come from the register.
     */
    private static List<SearchAsset> assets(Context ctx, ProgrammeBook programme) {
        JsonNode list;
        try {
            list = Json.mapper().readTree(ctx.body()).path("assets");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON", e);
        }
        if (!list.isArray() || list.isEmpty() || list.size() > 6) {
            throw new IllegalArgumentException("assets must be a list of 1 to 6 search units");
        }
        List<SearchAsset> assets = new ArrayList<>();
        for (JsonNode a : list) {
            if (a.hasNonNull("assetId")) {
                String id = a.path("assetId").asText();
                assets.add(programme
                        .asset(id)
                        .flatMap(SearchUnits::of)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "assets: " + id + " is not a search unit of the programme's asset register")));
                continue;
            }
            assets.add(new SearchAsset(
                    a.path("name").asText(""),
                    AssetKind.valueOf(a.path("kind").asText("VESSEL").toUpperCase(Locale.ROOT)),
                    a.path("speedKnots").asDouble(Double.NaN),
                    a.path("enduranceHours").asDouble(Double.NaN),
                    a.path("heightMetres").asDouble(0)));
        }
        return assets;
    }

    private static Map<String, Object> planJson(SearchPlans.Stored stored) {
        SearchPlan plan = stored.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", stored.id());
        m.put("pattern", plan.request().pattern().name());
        m.put("probabilityOfContainment", plan.probabilityOfContainment());
        m.put("probabilityOfSuccess", plan.probabilityOfSuccess());
        m.put("cumulativeSuccess", plan.cumulativeSuccess());
        m.put("area", points(plan.request().area().outline()));
        List<Object> assets = new ArrayList<>();
        for (AssetPlan a : plan.assets()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", a.asset().name());
            x.put("sweepWidthNm", a.sweepWidth().nauticalMiles());
            x.put("trackSpacingMetres", a.track().trackSpacingMetres());
            x.put("coverage", a.coverage().value());
            x.put("probabilityOfDetection", a.probabilityOfDetection());
            x.put("probabilityOfContainment", a.probabilityOfContainment());
            x.put("probabilityOfSuccess", a.probabilityOfSuccess());
            x.put("hours", a.duration().toMinutes() / 60.0);
            x.put("fitsEndurance", a.fitsEndurance());
            x.put("trackNm", a.track().trackLengthMetres() / 1852);
            x.put("area", points(a.assignedArea().outline()));
            x.put(
                    "waypoints",
                    a.track().waypoints().stream().map(PlanRoutes::point).toList());
            assets.add(x);
        }
        m.put("assets", assets);
        return m;
    }

    private static List<double[]> points(List<Position> positions) {
        return positions.stream()
                .map(p -> new double[] {p.latitude(), p.longitude()})
                .toList();
    }

    private static double[] point(Waypoint w) {
        return new double[] {w.position().latitude(), w.position().longitude()};
    }

    /** {@code GET /api/sar/plan/{id}/{file}}: {@code plan.gpx}, {@code plan.kml}, {@code plan.geojson}, {@code sitrep}. */
    void file(Context ctx) {
        SearchPlans.Stored stored = plans.plan(ctx.pathParam("id"))
                .orElseThrow(() -> ApiException.notFound("no search plan " + ctx.pathParam("id")));
        SearchPlan plan = stored.plan();
        String file = ctx.pathParam("file");
        switch (file) {
            case "plan.gpx" -> download(ctx, "application/gpx+xml", stored.id() + ".gpx", PlanGpx.write(plan));
            case "plan.kml" ->
                download(ctx, "application/vnd.google-earth.kml+xml", stored.id() + ".kml", PlanKml.write(plan));
            case "plan.geojson" ->
                download(ctx, "application/geo+json", stored.id() + ".geojson", PlanGeoJson.write(plan));
            case "sitrep" -> {
                SitrepLanguage language =
                        "fr".equals(ctx.queryParam("lang")) ? SitrepLanguage.FRENCH : SitrepLanguage.ENGLISH;
                Optional<SarCase> sarCase = api.cases().find(stored.caseReference());
                Sitrep sitrep = new Sitrep(
                        stored.caseReference(),
                        1,
                        Instant.now(),
                        nodeId,
                        "",
                        sarCase.map(PlanRoutes::identity).orElse(""),
                        sarCase.map(c -> c.lastKnown().describe()).orElse(""),
                        sarCase.map(PlanRoutes::actionTaken).orElse(""),
                        Sitrep.planSummary(plan, language),
                        sarCase.map(SarCase::status).orElse(CaseStatus.ACTIVE_SEARCH));
                download(
                        ctx,
                        "text/plain",
                        stored.id() + "-sitrep-" + language.name().toLowerCase(Locale.ROOT) + ".txt",
                        sitrep.write(language));
            }
            default ->
                throw ApiException.notFound(
                        "no file " + file + " of a plan (plan.gpx, plan.kml, plan.geojson, sitrep)");
        }
    }

    /** The SITREP's identity of a case: the object, persons on board and who reported it. */
    private static String identity(SarCase c) {
        String object = LeewayObjects.bundled()
                .byId(c.objectId())
                .map(o -> o.id() + " " + o.key() + " (" + o.description() + ")")
                .orElse(String.valueOf(c.objectId()));
        return object + ", " + c.personsOnBoard() + " POB, reported by " + c.source();
    }

    /** The SITREP's action taken: the drifts, plans and unsuccessful searches of the case's log. */
    private static String actionTaken(SarCase c) {
        return String.join(
                "; ",
                c.log().stream()
                        .filter(e -> e.action() == CaseAction.DRIFT_RUN
                                || e.action() == CaseAction.PLAN_MADE
                                || e.action() == CaseAction.SEARCH_UNSUCCESSFUL)
                        .map(CaseLogEntry::text)
                        .toList());
    }

    private static void download(Context ctx, String type, String name, String text) {
        ctx.status(200)
                .contentType(type + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(text);
    }

    /** {@code GET /api/sar/helpers?lat=&lon=&count=}: ships within 200 NM ranked by time to reach the point. */
    void helpers(Context ctx) {
        QueryParameters q = new QueryParameters(ctx.queryParamMap());
        double lat = q.requiredDecimal("lat", -90, 90);
        double lon = q.requiredDecimal("lon", -180, 180);
        int count = q.integer("count", 10, 1, 100);
        q.check();
        List<Vessel> near = api.picture()
                .nearest(
                        io.jisr.ais.message.Position.of(lat, lon),
                        200,
                        VesselFilter.ALL,
                        api.clock().instant(),
                        200 * 1852.0);
        List<CandidateVessel> candidates = new ArrayList<>();
        for (Vessel v : near) {
            if (v.lastFix().isEmpty()
                    || v.kind() != io.jisr.picture.VesselKind.CLASS_A
                            && v.kind() != io.jisr.picture.VesselKind.CLASS_B) {
                continue;
            }
            var fix = v.lastFix().get();
            candidates.add(new CandidateVessel(
                    v.staticData().name().orElse(""),
                    OptionalInt.of(v.mmsi().value()),
                    v.staticData().callSign(),
                    new Position(fix.position().latitude(), fix.position().longitude()),
                    fix.speedKnots().orElse(0),
                    OptionalDouble.empty()));
        }
        List<Map<String, Object>> ranked = new ArrayList<>();
        for (var r : ShipsThatCanHelp.rank(candidates, new Position(lat, lon))) {
            if (ranked.size() == count) {
                break;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mmsi", r.vessel().mmsi().orElse(0));
            m.put("name", r.vessel().name());
            r.vessel().callSign().ifPresent(c -> m.put("callSign", c));
            m.put("distanceNm", r.distanceMetres() / 1852);
            m.put("speedKnots", r.speedKnots());
            m.put("speedBasis", r.speedBasis().name());
            m.put("minutesToReach", r.timeToDatum().toMinutes());
            ranked.add(m);
        }
        // The register's own search units (delivered vessels and aircraft) can be assigned too; the register
        // does not know where they are, so they are listed apart, not ranked by distance.
        List<Map<String, Object>> units = new ArrayList<>();
        for (io.jisr.programme.acquisition.Asset a : api.programme().register().assets()) {
            SearchUnits.of(a).ifPresent(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("assetId", a.id());
                m.put("name", s.name());
                m.put("owningSide", a.owningSide().alpha3());
                m.put("kind", s.kind().name());
                m.put("speedKnots", s.searchSpeedKnots());
                m.put("enduranceHours", s.enduranceHours());
                m.put("heightMetres", s.searchHeightMetres());
                units.add(m);
            });
        }
        HttpApi.json(ctx, 200, Map.of("ships", ranked, "assets", units));
    }
}
