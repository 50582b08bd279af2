package io.jisr.sim;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport.AidType;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.sim.geo.GeoPoint;
import io.jisr.sim.geo.LandMask;
import io.jisr.sim.geo.Port;
import io.jisr.sim.geo.SeaLanes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes the background traffic of the Western Mediterranean: through traffic on the
 * Gibraltar–Sicily lane, ferries between Algerian and northern ports, port calls, tankers at anchor,
 * fishing fleets and pleasure craft, each with a voyage that covers the simulated span.
 *
 * <p>Vessel {@code i} draws from its own random stream, seeded from the seed and {@code i} alone, so
 * adding vessels leaves the first ones exactly as they were.
 */
public final class TrafficGenerator {
    /*
     * Implementation note: the mix of categories (through traffic about 40 %, fishing about a quarter)
     * is a judgement from the density maps of the region, not a measured census. Speeds: container and
     * cargo ships 12–21 knots, tankers 11–15, ferries 18–25 (the fast ones above 23 knots report every
     * 2 s), trawlers 2.5–4 knots while fishing. Every working-area leg is sampled against the land
     * model before it is sailed; lanes are checked once, by SeaLanesTest.
     */

    private static final VesselCategory[] CATEGORIES = {
        VesselCategory.THROUGH_CARGO,
        VesselCategory.THROUGH_TANKER,
        VesselCategory.FERRY,
        VesselCategory.PORT_CALL,
        VesselCategory.ANCHORED_TANKER,
        VesselCategory.FISHING,
        VesselCategory.PLEASURE
    };
    private static final int[] WEIGHTS = {28, 12, 8, 12, 5, 25, 10};
    private static final String[][] FERRY_LINES = {
        {"ALG", "MRS"},
        {"ALG", "ALC"},
        {"ALG", "BCN"},
        {"ALG", "PMI"},
        {"ALG", "GOA"},
        {"ORN", "MRS"},
        {"ORN", "ALC"},
        {"ORN", "BCN"},
        {"BJA", "MRS"},
        {"ANN", "MRS"},
        {"SKI", "MRS"}
    };
    private static final String[] ALGERIAN_PORTS = {"ORN", "ARZ", "ALG", "BJA", "SKI", "ANN"};
    private static final String[] NORTHERN_PORTS = {"MRS", "BCN", "ALC", "PMI", "VLC", "GOA"};
    private static final String[] LANE_ENDS = {"W0", "W19"};
    private static final double SAMPLE_NM = 200 / 1852.0;
    private static final long HOUR = 3_600_000;

    private final SeaLanes lanes;
    private final LandMask land;
    private final IdentityGenerator identities;

    /** Creates a generator over the shipped lanes, land and MID table. */
    public TrafficGenerator() {
        this(SeaLanes.westernMediterranean(), LandMask.westernMediterranean(), new IdentityGenerator());
    }

    /** Creates a generator over these lanes, land and identities. */
    public TrafficGenerator(SeaLanes lanes, LandMask land, IdentityGenerator identities) {
        this.lanes = lanes;
        this.land = land;
        this.identities = identities;
    }

    /** Returns the identity generator, so scenario vessels get identities unique among the background. */
    public IdentityGenerator identities() {
        return identities;
    }

    /** Returns the land model. */
    public LandMask land() {
        return land;
    }

    /** Returns the sea lanes. */
    public SeaLanes lanes() {
        return lanes;
    }

    /** Makes {@code count} vessels whose voyages cover {@code start} to {@code end}. */
    public List<SimulatedVessel> generate(int count, long seed, Instant start, Instant end) {
        if (count < 0) {
            throw new IllegalArgumentException("vessel count must not be negative, was " + count);
        }
        List<SimulatedVessel> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(ReceiverNetwork.mix(seed + 0x9E3779B97F4A7C15L * (i + 1)));
            out.add(vessel(random, start.toEpochMilli(), end.toEpochMilli()));
        }
        return out;
    }

    private SimulatedVessel vessel(SplittableRandom r, long start, long end) {
        VesselCategory category = pick(r);
        return switch (category) {
            case THROUGH_CARGO, THROUGH_TANKER -> through(category, r, start, end);
            case FERRY -> ferry(r, start, end);
            case PORT_CALL -> portCall(r, start, end);
            case ANCHORED_TANKER -> anchored(r, start, end);
            case FISHING -> working(VesselCategory.FISHING, WorkingArea.FISHING_GROUNDS, r, start, end);
            case PLEASURE -> working(VesselCategory.PLEASURE, WorkingArea.CRUISING_AREAS, r, start, end);
            case SCENARIO -> throw new IllegalStateException("scenario vessels are not background traffic");
        };
    }

    private SimulatedVessel through(VesselCategory category, SplittableRandom r, long start, long end) {
        VesselIdentity id = identities.next(category, Transponder.CLASS_A, r);
        boolean eastbound = r.nextBoolean();
        List<GeoPoint> path = route(eastbound ? "W0" : "W19", eastbound ? "W19" : "W0", r);
        double speed = category == VesselCategory.THROUGH_TANKER ? 11 + 4 * r.nextDouble() : 12 + 9 * r.nextDouble();
        long sailing = (long) (pathNm(path) / speed * HOUR);
        // Start somewhere along the lane so that the traffic is spread over it from the first minute.
        Voyage.Builder b = new Voyage.Builder(path.getFirst(), start - (long) (r.nextDouble() * sailing));
        b.sailAlong(path, speed);
        extendTo(b, end, NavigationStatus.UNDER_WAY_USING_ENGINE);
        String destination = eastbound ? "PORT SAID" : "GIBRALTAR";
        // Out of the region at the lane's end: the transponder is no longer heard here.
        TransmissionPlan plan = new TransmissionPlan(id.mmsi(), Long.MIN_VALUE, b.millis() - 1, List.of(), List.of());
        return new SimulatedVessel(id, b.build(), plan, Optional.of(destination));
    }

    private SimulatedVessel ferry(SplittableRandom r, long start, long end) {
        VesselIdentity id = identities.next(VesselCategory.FERRY, Transponder.CLASS_A, r);
        String[] line = FERRY_LINES[r.nextInt(FERRY_LINES.length)];
        Port a = lanes.port(line[0]);
        Port b = lanes.port(line[1]);
        double speed = 18 + 7 * r.nextDouble();
        long cycle = (long) (2 * pathNm(lanes.route(a.approach(), b.approach())) / speed * HOUR) + 6 * HOUR;
        Voyage.Builder v = new Voyage.Builder(lanes.node(a.approach()), start - (long) (r.nextDouble() * cycle));
        Port from = a;
        Port to = b;
        String lastDestination = to.name();
        while (v.millis() < end) {
            v.stay((1 + r.nextInt(3)) * HOUR + r.nextInt(60) * 60_000L, NavigationStatus.MOORED);
            v.sailAlong(route(from.approach(), to.approach(), r), speed);
            lastDestination = to.name();
            Port t = from;
            from = to;
            to = t;
        }
        return SimulatedVessel.ordinary(id, v.build(), Optional.of(lastDestination.toUpperCase(Locale.ROOT)));
    }

    private SimulatedVessel portCall(SplittableRandom r, long start, long end) {
        VesselIdentity id = identities.next(VesselCategory.PORT_CALL, Transponder.CLASS_A, r);
        // Three calls in four at an Algerian port, the rest at the northern shore.
        boolean algerian = r.nextInt(4) != 0;
        Port port = algerian
                ? lanes.port(ALGERIAN_PORTS[r.nextInt(ALGERIAN_PORTS.length)])
                : lanes.port(NORTHERN_PORTS[r.nextInt(NORTHERN_PORTS.length)]);
        String origin = algerian && r.nextInt(3) == 0
                ? lanes.port(NORTHERN_PORTS[r.nextInt(NORTHERN_PORTS.length)]).approach()
                : LANE_ENDS[r.nextInt(2)];
        String onward = LANE_ENDS[r.nextInt(2)];
        double speed = 10 + 5 * r.nextDouble();
        List<GeoPoint> in = route(origin, port.approach(), r);
        long inbound = (long) (pathNm(in) / speed * HOUR);
        long stay = 4 * HOUR + r.nextInt(8 * 60) * 60_000L;
        Voyage.Builder v = new Voyage.Builder(in.getFirst(), start - (long) (r.nextDouble() * (inbound + stay)));
        v.sailAlong(in, speed);
        v.stay(stay, NavigationStatus.AT_ANCHOR);
        v.sailAlong(route(port.approach(), onward, r), speed);
        extendTo(v, end, NavigationStatus.UNDER_WAY_USING_ENGINE);
        return SimulatedVessel.ordinary(id, v.build(), Optional.of(port.name().toUpperCase(Locale.ROOT)));
    }

    private SimulatedVessel anchored(SplittableRandom r, long start, long end) {
        VesselIdentity id = identities.next(VesselCategory.ANCHORED_TANKER, Transponder.CLASS_A, r);
        WorkingArea anchorage = WorkingArea.ANCHORAGES.get(r.nextInt(WorkingArea.ANCHORAGES.size()));
        GeoPoint anchor = pointIn(anchorage, r).orElse(anchorage.centre());
        // Swinging to the anchor: a slow circle of about 100 m around the anchor, one leg per 20 minutes.
        double swing = 0.05;
        double bearing = r.nextDouble() * 360;
        Voyage.Builder v = new Voyage.Builder(anchor.destination(bearing, swing), start - HOUR);
        while (v.millis() < end) {
            bearing = (bearing + 15 + r.nextDouble() * 20) % 360;
            v.leg(anchor.destination(bearing, swing), 20 * 60_000L, NavigationStatus.AT_ANCHOR);
        }
        return SimulatedVessel.ordinary(
                id, v.build(), Optional.of(anchorage.name().split(" ")[0].toUpperCase(Locale.ROOT)));
    }

    private SimulatedVessel working(
            VesselCategory category, List<WorkingArea> areas, SplittableRandom r, long start, long end) {
        WorkingArea area = areas.get(r.nextInt(areas.size()));
        int length = category == VesselCategory.FISHING ? 10 + r.nextInt(30) : 8;
        // Fishing vessels of 15 m and more carry Class A in EU waters (Directive 2002/59/EC as amended); smaller ones
        // Class B.
        Transponder transponder =
                length >= 15 && category == VesselCategory.FISHING ? Transponder.CLASS_A : Transponder.CLASS_B;
        VesselIdentity id = identities.next(category, transponder, r);
        NavigationStatus working = category == VesselCategory.FISHING
                ? NavigationStatus.ENGAGED_IN_FISHING
                : NavigationStatus.UNDER_WAY_SAILING;
        double speed = category == VesselCategory.FISHING ? 2.5 + 1.5 * r.nextDouble() : 4 + 4 * r.nextDouble();
        GeoPoint first = pointIn(area, r).orElse(area.centre());
        Voyage.Builder v = new Voyage.Builder(first, start - HOUR);
        while (v.millis() < end) {
            if (r.nextInt(5) == 0) {
                // Hauling the net, or lying at rest.
                v.stay(
                        (10 + r.nextInt(30)) * 60_000L,
                        category == VesselCategory.FISHING ? working : NavigationStatus.UNDER_WAY_USING_ENGINE);
                continue;
            }
            Optional<GeoPoint> next = reachable(area, v.position(), r);
            if (next.isEmpty()) {
                v.stay(30 * 60_000L, working);
            } else {
                v.sail(next.get(), speed, working);
            }
        }
        return SimulatedVessel.ordinary(id, v.build(), Optional.empty());
    }

    /** A random point of the area at sea that can be reached from {@code from} in a straight line at sea. */
    private Optional<GeoPoint> reachable(WorkingArea area, GeoPoint from, SplittableRandom r) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<GeoPoint> p = pointIn(area, r);
            if (p.isPresent() && land.firstLandOnLeg(from, p.get(), SAMPLE_NM).isEmpty()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private Optional<GeoPoint> pointIn(WorkingArea area, SplittableRandom r) {
        for (int attempt = 0; attempt < 50; attempt++) {
            GeoPoint p = area.centre().destination(r.nextDouble() * 360, area.radiusNm() * Math.sqrt(r.nextDouble()));
            if (!land.isLand(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private List<GeoPoint> route(String from, String to, SplittableRandom r) {
        // Each ship keeps 0.3 to 1.2 NM to starboard of the lane's centre line (see SeaLanesTest).
        return SeaLanes.keepToStarboard(lanes.route(from, to), 0.3 + 0.9 * r.nextDouble());
    }

    private static void extendTo(Voyage.Builder b, long end, NavigationStatus status) {
        if (b.millis() < end) {
            b.stay(end - b.millis() + 1, status);
        }
    }

    private static double pathNm(List<GeoPoint> path) {
        double nm = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            nm += path.get(i).distanceNm(path.get(i + 1));
        }
        return nm;
    }

    private static VesselCategory pick(SplittableRandom r) {
        int total = 0;
        for (int w : WEIGHTS) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < CATEGORIES.length; i++) {
            x -= WEIGHTS[i];
            if (x < 0) {
                return CATEGORIES[i];
            }
        }
        return CATEGORIES[CATEGORIES.length - 1];
    }

    /** Returns the base stations at every receiver and the aids to navigation at the Algerian ports. */
    public static List<FixedStation> fixedStations(List<Receiver> receivers) {
        List<FixedStation> stations = new ArrayList<>();
        for (int i = 0; i < receivers.size(); i++) {
            Receiver rx = receivers.get(i);
            // Base station MMSI 00MIDxxxx (ITU-R M.585-9): the MID of the partner that runs it.
            int mid = rx.partner().equals("USA") ? 366 : rx.partner().equals("DZA") ? 605 : 200;
            stations.add(new FixedStation.BaseStation(Mmsi.of(mid * 10_000 + 1 + i), rx.position()));
        }
        String[][] aids = {
            {"ALGER PASSE NORD", "36.792", "3.078"},
            {"ORAN JETEE", "35.722", "-0.628"},
            {"ARZEW SPM 1", "35.905", "-0.205"},
            {"BEJAIA ENTREE", "36.752", "5.115"},
            {"SKIKDA SPM", "36.925", "6.960"},
            {"ANNABA PASSE", "36.905", "7.800"}
        };
        for (int i = 0; i < aids.length; i++) {
            // Aid-to-navigation MMSI 99MIDxxxx (ITU-R M.585-9), Algeria's MID 605.
            stations.add(new FixedStation.AidToNavigation(
                    Mmsi.of(996_051_001 + i),
                    aids[i][0],
                    GeoPoint.of(Double.parseDouble(aids[i][1]), Double.parseDouble(aids[i][2])),
                    i == 2 || i == 4 ? AidType.FIXED_STRUCTURE_OFF_SHORE : AidType.SAFE_WATER,
                    false));
        }
        return stations;
    }
}
