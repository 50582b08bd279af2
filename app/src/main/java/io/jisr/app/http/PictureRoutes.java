package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.Position;
import io.jisr.picture.BoundingBox;
import io.jisr.picture.PositionFix;
import io.jisr.picture.ShipCategory;
import io.jisr.picture.SphericalEarth;
import io.jisr.picture.TrackPoint;
import io.jisr.picture.Vessel;
import io.jisr.picture.VesselFilter;
import io.jisr.picture.VesselKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The handlers that answer from the picture and the store: vessels, one vessel, track, search, nearest. */
final class PictureRoutes {

    /** Default and largest number of vessels in a box answer. */
    static final int DEFAULT_LIMIT = 5000;

    static final int MAX_LIMIT = 50_000;

    /** Default and largest number of track points. */
    static final int DEFAULT_TRACK_POINTS = 2000;

    static final int MAX_TRACK_POINTS = 10_000;

    /** Default and largest number of points in a history-in-a-box answer. */
    static final int DEFAULT_HISTORY_POINTS = 10_000;

    static final int MAX_HISTORY_POINTS = 100_000;

    /** Longest time range of a history-in-a-box query. */
    static final Duration MAX_HISTORY_RANGE = Duration.ofHours(24);

    /** Default track range, ending now. */
    static final Duration DEFAULT_TRACK_RANGE = Duration.ofHours(24);

    /** Fastest speed a filter may name: AIS type 9 reports up to 1022 knots. */
    private static final double MAX_SPEED_KNOTS = 1023;

    /** Half the Earth's circumference, the farthest any point can be. */
    private static final double MAX_DISTANCE_NM = 10_800;

    private final ApiContext api;

    PictureRoutes(ApiContext api) {
        this.api = api;
    }

    /** {@code GET /api/vessels}: vessels in a box that pass the filters, most recently heard first. */
    void vessels(Context ctx) {
        QueryParameters p = parameters(ctx);
        BoundingBox box = p.bbox("bbox", BoundingBox.WORLD);
        VesselFilter filter = filter(p);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        p.check();
        List<Vessel> found = api.picture().inBox(box, filter, api.clock().instant(), limit + 1);
        HttpApi.json(ctx, 200, vessels(found, limit));
    }

    /** {@code GET /api/vessels/{mmsi}}: one vessel. */
    void vessel(Context ctx) {
        Mmsi mmsi = mmsi(ctx.pathParam("mmsi"));
        HttpApi.json(ctx, 200, VesselJson.of(find(mmsi), api.mids()));
    }

    /** {@code GET /api/vessels/{mmsi}/track}: one vessel's history from the store. */
    void track(Context ctx) {
        Mmsi mmsi = mmsi(ctx.pathParam("mmsi"));
        QueryParameters p = parameters(ctx);
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        int maxPoints = p.integer("maxPoints", DEFAULT_TRACK_POINTS, 2, MAX_TRACK_POINTS);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            p.reject(
                    "from",
                    "must not be after to (" + to.get() + ")",
                    from.get().toString());
        }
        p.check();
        find(mmsi);
        Instant end = to.orElseGet(() -> from.map(f -> laterOf(f, api.clock().instant()))
                .orElseGet(() -> api.clock().instant()));
        Instant start = from.orElse(end.minus(DEFAULT_TRACK_RANGE));
        List<PositionFix> fixes = api.store().track(mmsi, start, end, maxPoints);
        List<FixJson> points = fixes.stream().map(FixJson::of).toList();
        HttpApi.json(ctx, 200, new TrackJson(mmsi.value(), start, end, points.size(), points));
    }

    /**
     * {@code GET /api/history}: every vessel's history points in a box over a time range, from the
     * store, grouped by vessel. The range is required and at most {@link #MAX_HISTORY_RANGE}: a box
     * over months is a report, not a map view.
     */
    void history(Context ctx) {
        QueryParameters p = parameters(ctx);
        BoundingBox box = p.bbox("bbox", BoundingBox.WORLD);
        Optional<Instant> from = p.instant("from");
        Optional<Instant> to = p.instant("to");
        int limit = p.integer("limit", DEFAULT_HISTORY_POINTS, 1, MAX_HISTORY_POINTS);
        if (from.isEmpty() && !p.isRejected("from")) {
            p.reject("from", "is required", null);
        }
        if (to.isEmpty() && !p.isRejected("to")) {
            p.reject("to", "is required", null);
        }
        if (from.isPresent() && to.isPresent()) {
            if (from.get().isAfter(to.get())) {
                p.reject(
                        "from",
                        "must not be after to (" + to.get() + ")",
                        from.get().toString());
            } else if (Duration.between(from.get(), to.get()).compareTo(MAX_HISTORY_RANGE) > 0) {
                p.reject(
                        "to",
                        "must be at most " + MAX_HISTORY_RANGE.toHours() + " h after from",
                        to.get().toString());
            }
        }
        p.check();
        List<TrackPoint> found = api.store().inBox(box, from.orElseThrow(), to.orElseThrow(), limit + 1);
        HttpApi.json(ctx, 200, HistoryJson.of(from.orElseThrow(), to.orElseThrow(), found, limit));
    }

    /** {@code GET /api/search}: vessels by name, call sign, MMSI or IMO number. */
    void search(Context ctx) {
        QueryParameters p = parameters(ctx);
        String q = p.requiredText("q", 100);
        int limit = p.integer("limit", 50, 1, 1000);
        p.check();
        HttpApi.json(ctx, 200, vessels(api.picture().search(q, limit + 1), limit));
    }

    /** {@code GET /api/nearest}: the vessels nearest to a point, nearest first. */
    void nearest(Context ctx) {
        QueryParameters p = parameters(ctx);
        double lat = p.requiredDecimal("lat", -90, 90);
        double lon = p.requiredDecimal("lon", -180, 180);
        int count = p.integer("count", 10, 1, 1000);
        double maxNm = p.decimal("maxDistanceNm", 0, MAX_DISTANCE_NM).orElse(100);
        VesselFilter filter = filter(p);
        p.check();
        Position point = Position.of(lat, lon);
        List<Vessel> found = api.picture()
                .nearest(point, count, filter, api.clock().instant(), maxNm * SphericalEarth.METRES_PER_NAUTICAL_MILE);
        List<NearestJson.Near> results = new ArrayList<>(found.size());
        for (Vessel v : found) {
            double metres = SphericalEarth.distanceMetres(
                    point, v.lastFix().orElseThrow().position());
            double nm = Math.round(metres / SphericalEarth.METRES_PER_NAUTICAL_MILE * 1000) / 1000.0;
            results.add(new NearestJson.Near(nm, VesselJson.of(v, api.mids())));
        }
        HttpApi.json(ctx, 200, new NearestJson(results.size(), results));
    }

    /** Reads the filter parameters shared by {@code /api/vessels} and {@code /api/nearest}. */
    static VesselFilter filter(QueryParameters p) {
        Set<VesselKind> kinds = p.enums("kind", VesselKind.class);
        Set<ShipCategory> categories = p.enums("category", ShipCategory.class);
        Set<String> flags = p.countryCodes("flag");
        OptionalDouble min = p.decimal("minSpeed", 0, MAX_SPEED_KNOTS);
        OptionalDouble max = p.decimal("maxSpeed", 0, MAX_SPEED_KNOTS);
        if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
            p.reject(
                    "minSpeed",
                    "must not be greater than maxSpeed (" + QueryParameters.format(max.getAsDouble()) + ")",
                    p.text("minSpeed").orElse(""));
        }
        VesselFilter.Movement movement = p.text("movement")
                .map(m -> switch (m.toLowerCase(Locale.ROOT)) {
                    case "moving" -> VesselFilter.Movement.MOVING;
                    case "stationary" -> VesselFilter.Movement.STATIONARY;
                    case "any" -> VesselFilter.Movement.ANY;
                    default -> {
                        p.reject("movement", "must be moving, stationary or any", m);
                        yield VesselFilter.Movement.ANY;
                    }
                })
                .orElse(VesselFilter.Movement.ANY);
        Optional<Duration> maxAge = p.duration("maxAge");
        return new VesselFilter(kinds, categories, flags, min, max, movement, maxAge);
    }

    /** Reads an MMSI path segment: a whole number of one to nine digits, else a 400 answer. */
    static Mmsi mmsi(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            QueryParameters p = new QueryParameters(Map.of());
            p.reject("mmsi", "must be an MMSI: a whole number of up to nine digits", text);
            p.check();
        }
        return Mmsi.of(Integer.parseInt(text));
    }

    private Vessel find(Mmsi mmsi) {
        return api.picture()
                .vessel(mmsi)
                .orElseThrow(() -> ApiException.notFound("no vessel with MMSI " + mmsi + " in the picture"));
    }

    private VesselsJson vessels(List<Vessel> found, int limit) {
        boolean truncated = found.size() > limit;
        List<Vessel> kept = truncated ? found.subList(0, limit) : found;
        List<VesselJson> json = new ArrayList<>(kept.size());
        for (Vessel v : kept) {
            json.add(VesselJson.of(v, api.mids()));
        }
        return new VesselsJson(json.size(), truncated, json);
    }

    private static QueryParameters parameters(Context ctx) {
        return new QueryParameters(ctx.queryParamMap());
    }

    private static Instant laterOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
