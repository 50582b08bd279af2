package io.jisr.sim.scenario;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.sim.IdentityGenerator;
import io.jisr.sim.Leg;
import io.jisr.sim.SimulatedVessel;
import io.jisr.sim.TransmissionPlan;
import io.jisr.sim.Transponder;
import io.jisr.sim.VesselCategory;
import io.jisr.sim.VesselIdentity;
import io.jisr.sim.Voyage;
import io.jisr.sim.geo.GeoPoint;
import io.jisr.sim.geo.LandMask;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Turns a scenario's events into simulated vessels and the ground truth of what they do. Every leg
 * the scenario makes a vessel sail is checked against the land model, and every event must finish
 * within the simulated span; otherwise compiling fails with a message naming the event.
 */
public final class ScenarioCompiler {
    private static final double SAMPLE_NM = 200 / 1852.0;
    private static final long MINUTE = 60_000;

    /*
     * A loiterer wanders at 0.5-1.8 knots: loitering as Global Fishing Watch defines it, and as the
     * detector the "loiter" truth is scored against implements it, is travelling under 2 knots. At the
     * 2-4 knots used before, the event was slow steaming, like the fishing vessels working the shelf,
     * and no loitering detector could have found it.
     */
    private static final double LOITER_MIN_KNOTS = 0.5;
    private static final double LOITER_SPREAD_KNOTS = 1.3;

    private final LandMask land;
    private final IdentityGenerator identities;

    /** Creates a compiler checking against {@code land}, drawing identities from {@code identities}. */
    public ScenarioCompiler(LandMask land, IdentityGenerator identities) {
        this.land = land;
        this.identities = identities;
    }

    /**
     * Compiles {@code scenario} for a simulation from {@code start} to {@code end}.
     *
     * @throws IllegalArgumentException naming the event, if an event cannot happen as written
     */
    public CompiledScenario compile(Scenario scenario, Instant start, Instant end, long seed) {
        List<SimulatedVessel> vessels = new ArrayList<>();
        List<TruthEvent> truth = new ArrayList<>();
        for (int k = 0; k < scenario.events().size(); k++) {
            ScenarioEvent event = scenario.events().get(k);
            SplittableRandom random = new SplittableRandom(seed * 31 + 0x5CE7A210L + k);
            Context c = new Context(event, start.toEpochMilli(), end.toEpochMilli(), random, vessels);
            TruthEvent t = switch (event) {
                case ScenarioEvent.Dark e -> c.dark(e);
                case ScenarioEvent.Rendezvous e -> c.rendezvous(e);
                case ScenarioEvent.Loiter e -> c.loiter(e);
                case ScenarioEvent.ZoneEntry e -> c.zoneEntry(e);
                case ScenarioEvent.SpoofJump e -> c.spoofJump(e);
                case ScenarioEvent.SharedMmsi e -> c.sharedMmsi(e);
                case ScenarioEvent.Distress e -> c.distress(e);
            };
            truth.add(t);
        }
        return new CompiledScenario(vessels, truth);
    }

    /** The compilation of one event. */
    private final class Context {
        private final ScenarioEvent event;
        private final long start;
        private final long end;
        private final SplittableRandom random;
        private final List<SimulatedVessel> vessels;

        Context(ScenarioEvent event, long start, long end, SplittableRandom random, List<SimulatedVessel> vessels) {
            this.event = event;
            this.start = start;
            this.end = end;
            this.random = random;
            this.vessels = vessels;
        }

        TruthEvent dark(ScenarioEvent.Dark e) {
            long off = at(e.at());
            long on = within(off + millis(e.off()));
            VesselIdentity id = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage voyage = along(e.path(), e.speedKnots());
            add(new SimulatedVessel(
                    id,
                    voyage,
                    new TransmissionPlan(
                            id.mmsi(),
                            Long.MIN_VALUE,
                            Long.MAX_VALUE,
                            List.of(new TransmissionPlan.Span(off, on)),
                            List.of()),
                    Optional.of("VALENCIA")));
            GeoPoint a = voyage.positionAt(off);
            GeoPoint b = voyage.positionAt(on);
            return truth(
                    List.of(id.mmsi().value()),
                    off,
                    Optional.of(on),
                    List.of(point("ais-off", id.mmsi(), off, a), point("ais-on", id.mmsi(), on, b)),
                    Map.of("distanceWhileDarkNm", nm(a.distanceNm(b))));
        }

        TruthEvent rendezvous(ScenarioEvent.Rendezvous e) {
            long meet = at(e.at());
            long part = within(meet + millis(e.duration()));
            double driftBearing = random.nextDouble() * 360;
            double driftNm = 0.4 * e.duration().toMillis() / 3_600_000.0;
            GeoPoint firstMeet = e.meetingPoint();
            // Alongside: the second lies 60 m abeam of the first (0.03 NM), as for a ship-to-ship transfer.
            GeoPoint secondMeet = firstMeet.destination(driftBearing + 90, 0.03);
            VesselIdentity first = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            VesselIdentity second = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage v1 = meeting(e.firstFrom(), firstMeet, meet, part, driftBearing, driftNm);
            Voyage v2 = meeting(e.secondFrom(), secondMeet, meet, part, driftBearing, driftNm);
            add(SimulatedVessel.ordinary(first, v1, Optional.empty()));
            add(SimulatedVessel.ordinary(second, v2, Optional.empty()));
            return truth(
                    List.of(first.mmsi().value(), second.mmsi().value()),
                    meet,
                    Optional.of(part),
                    List.of(
                            point("meeting", first.mmsi(), meet, v1.positionAt(meet)),
                            point("meeting", second.mmsi(), meet, v2.positionAt(meet)),
                            point("parting", first.mmsi(), part, v1.positionAt(part)),
                            point("parting", second.mmsi(), part, v2.positionAt(part))),
                    Map.of("separationNm", "0.03", "driftKnots", "0.4"));
        }

        private Voyage meeting(GeoPoint from, GeoPoint meet, long meetAt, long partAt, double bearing, double driftNm) {
            Voyage.Builder b = new Voyage.Builder(from, start);
            b.leg(meet, approach(from, meet, meetAt), NavigationStatus.UNDER_WAY_USING_ENGINE);
            b.leg(meet.destination(bearing, driftNm), partAt - meetAt, NavigationStatus.UNDER_WAY_USING_ENGINE);
            b.sail(from, 12, NavigationStatus.UNDER_WAY_USING_ENGINE);
            return finish(b);
        }

        TruthEvent loiter(ScenarioEvent.Loiter e) {
            long arrive = at(e.at());
            long leaveNoEarlier = within(arrive + millis(e.duration()));
            VesselIdentity id = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage.Builder b = new Voyage.Builder(e.from(), start);
            b.leg(e.centre(), approach(e.from(), e.centre(), arrive), NavigationStatus.UNDER_WAY_USING_ENGINE);
            while (b.millis() < leaveNoEarlier) {
                GeoPoint next = e.centre()
                        .destination(random.nextDouble() * 360, e.radiusNm() * Math.sqrt(random.nextDouble()));
                if (land.isLand(next)
                        || land.firstLandOnLeg(b.position(), next, SAMPLE_NM).isPresent()) {
                    b.stay(5 * MINUTE, NavigationStatus.UNDER_WAY_USING_ENGINE);
                } else {
                    b.sail(
                            next,
                            LOITER_MIN_KNOTS + random.nextDouble() * LOITER_SPREAD_KNOTS,
                            NavigationStatus.UNDER_WAY_USING_ENGINE);
                }
            }
            long leave = b.millis();
            if (leave >= end) {
                throw fail("loitering lasts until " + Instant.ofEpochMilli(leave) + ", after the simulation ends");
            }
            b.sail(e.from(), 10, NavigationStatus.UNDER_WAY_USING_ENGINE);
            Voyage v = finish(b);
            add(SimulatedVessel.ordinary(id, v, Optional.empty()));
            return truth(
                    List.of(id.mmsi().value()),
                    arrive,
                    Optional.of(leave),
                    List.of(
                            point("centre", id.mmsi(), arrive, e.centre()),
                            point("leaving", id.mmsi(), leave, v.positionAt(leave))),
                    Map.of("radiusNm", nm(e.radiusNm())));
        }

        TruthEvent zoneEntry(ScenarioEvent.ZoneEntry e) {
            VesselIdentity id = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage v = along(e.path(), e.speedKnots());
            long entry = -1;
            long exit = -1;
            boolean inside = Polygons.contains(e.zone(), v.positionAt(start));
            if (inside) {
                throw fail("the path starts inside zone \"" + e.zoneName() + "\"; it must enter it");
            }
            for (long t = start; t < end; t += 1000) {
                boolean now = Polygons.contains(e.zone(), v.positionAt(t));
                if (now && entry < 0) {
                    entry = t;
                } else if (!now && entry >= 0) {
                    exit = t;
                    break;
                }
            }
            if (entry < 0) {
                throw fail("the path does not enter zone \"" + e.zoneName() + "\" before the simulation ends");
            }
            add(SimulatedVessel.ordinary(id, v, Optional.empty()));
            List<TruthEvent.Point> points = new ArrayList<>();
            points.add(point("entry", id.mmsi(), entry, v.positionAt(entry)));
            if (exit >= 0) {
                points.add(point("exit", id.mmsi(), exit, v.positionAt(exit)));
            }
            return new TruthEvent(
                    event.type(),
                    event.id(),
                    List.of(id.mmsi().value()),
                    Instant.ofEpochMilli(entry),
                    exit >= 0 ? Optional.of(Instant.ofEpochMilli(exit)) : Optional.empty(),
                    points,
                    Optional.of(new TruthEvent.Zone(
                            e.zoneName(),
                            e.zone().stream()
                                    .map(p -> new double[] {p.lat(), p.lon()})
                                    .toList())),
                    Map.of());
        }

        TruthEvent spoofJump(ScenarioEvent.SpoofJump e) {
            long from = at(e.at());
            long until = within(from + millis(e.duration()));
            VesselIdentity id = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage v = along(e.path(), e.speedKnots());
            double bearing = falseBearing(v, from, until, e.jumpNm());
            add(new SimulatedVessel(
                    id,
                    v,
                    new TransmissionPlan(
                            id.mmsi(),
                            Long.MIN_VALUE,
                            Long.MAX_VALUE,
                            List.of(),
                            List.of(new TransmissionPlan.Spoof(
                                    new TransmissionPlan.Span(from, until), bearing, e.jumpNm()))),
                    Optional.empty()));
            return truth(
                    List.of(id.mmsi().value()),
                    from,
                    Optional.of(until),
                    List.of(
                            point("true-at-start", id.mmsi(), from, v.positionAt(from)),
                            point(
                                    "false-at-start",
                                    id.mmsi(),
                                    from,
                                    v.positionAt(from).destination(bearing, e.jumpNm()))),
                    Map.of("jumpNm", nm(e.jumpNm()), "bearingDegrees", nm(bearing), "pattern", "every other report"));
        }

        /** A direction in which every false position of the span is at sea, so only the jump is wrong. */
        private double falseBearing(Voyage v, long from, long until, double jumpNm) {
            double base = random.nextInt(12) * 30.0;
            for (int i = 0; i < 12; i++) {
                double bearing = (base + 30.0 * i) % 360;
                boolean atSea = true;
                for (long t = from; t < until && atSea; t += MINUTE) {
                    atSea = !land.isLand(v.positionAt(t).destination(bearing, jumpNm));
                }
                if (atSea) {
                    return bearing;
                }
            }
            throw fail("no direction keeps the false positions " + jumpNm + " NM away at sea; choose a smaller jump");
        }

        TruthEvent sharedMmsi(ScenarioEvent.SharedMmsi e) {
            long from = at(e.at());
            long until = within(from + millis(e.duration()));
            VesselIdentity owner = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            VesselIdentity other = identity(VesselCategory.SCENARIO, Transponder.CLASS_A);
            Voyage v1 = along(e.firstPath(), e.speedKnots());
            Voyage v2 = along(e.secondPath(), e.speedKnots());
            add(SimulatedVessel.ordinary(owner, v1, Optional.empty()));
            add(new SimulatedVessel(
                    other,
                    v2,
                    new TransmissionPlan(owner.mmsi(), from, until, List.of(), List.of()),
                    Optional.empty()));
            return truth(
                    List.of(owner.mmsi().value()),
                    from,
                    Optional.of(until),
                    List.of(
                            point("owner", owner.mmsi(), from, v1.positionAt(from)),
                            point("impostor", owner.mmsi(), from, v2.positionAt(from))),
                    Map.of(
                            "impostorOwnMmsi",
                            String.valueOf(other.mmsi().value()),
                            "distanceAtStartNm",
                            nm(v1.positionAt(from).distanceNm(v2.positionAt(from)))));
        }

        TruthEvent distress(ScenarioEvent.Distress e) {
            Instant earliest = Instant.ofEpochMilli(at(e.at()));
            long departure = SolarElevation.nextNight(
                            earliest, e.from().lat(), e.from().lon())
                    .toEpochMilli();
            long lost = departure + millis(e.duration());
            if (lost >= end) {
                throw fail("the boat would disappear at " + Instant.ofEpochMilli(lost) + " (night falls at "
                        + Instant.ofEpochMilli(departure) + "), after the simulation ends");
            }
            VesselIdentity id = identities.next(VesselCategory.PLEASURE, Transponder.CLASS_B, "DZA", random);
            GeoPoint out = e.from()
                    .destination(
                            e.bearingDegrees(), e.speedKnots() * e.duration().toMillis() / 3_600_000.0);
            Voyage.Builder b = new Voyage.Builder(e.from(), start);
            if (departure > start) {
                b.stay(departure - start, NavigationStatus.MOORED);
            }
            b.leg(out, lost - departure, NavigationStatus.UNDER_WAY_USING_ENGINE);
            Voyage v = finish(b);
            add(new SimulatedVessel(
                    id, v, new TransmissionPlan(id.mmsi(), departure, lost, List.of(), List.of()), Optional.empty()));
            return truth(
                    List.of(id.mmsi().value()),
                    departure,
                    Optional.of(lost),
                    List.of(
                            point("departure", id.mmsi(), departure, e.from()),
                            point("last-heard", id.mmsi(), lost, v.positionAt(lost))),
                    Map.of(
                            "object",
                            "small open boat",
                            "sunElevationDegrees",
                            nm(SolarElevation.degrees(
                                    Instant.ofEpochMilli(departure),
                                    e.from().lat(),
                                    e.from().lon()))));
        }

        private VesselIdentity identity(VesselCategory category, Transponder transponder) {
            return identities.next(category, transponder, random);
        }

        private Voyage along(List<GeoPoint> path, double speedKnots) {
            Voyage.Builder b = new Voyage.Builder(path.getFirst(), start);
            b.sailAlong(path, speedKnots);
            return finish(b);
        }

        /** Holds the vessel at its last point until the end and checks every leg is at sea. */
        private Voyage finish(Voyage.Builder b) {
            if (b.millis() <= end) {
                b.stay(end - b.millis() + 1, NavigationStatus.AT_ANCHOR);
            }
            Voyage v = b.build();
            for (int i = 0; i < v.legs().size(); i++) {
                Leg leg = v.legs().get(i);
                Optional<GeoPoint> onLand = land.firstLandOnLeg(leg.from(), leg.to(), SAMPLE_NM);
                if (onLand.isPresent()) {
                    throw fail("leg " + i + " from " + text(leg.from()) + " to " + text(leg.to()) + " crosses land at "
                            + text(onLand.get()));
                }
            }
            return v;
        }

        private long approach(GeoPoint from, GeoPoint to, long arriveAt) {
            long duration = arriveAt - start;
            if (duration <= 0) {
                throw fail("it must happen after the start of the simulation");
            }
            double knots = from.distanceNm(to) / (duration / 3_600_000.0);
            if (knots > 30) {
                throw fail(String.format(
                        Locale.ROOT,
                        "the vessel would need %.1f knots to arrive in time; start it closer or later",
                        knots));
            }
            return duration;
        }

        private long at(Duration offset) {
            if (offset.isNegative()) {
                throw fail("its time must not be negative, was " + offset);
            }
            return within(start + offset.toMillis());
        }

        private long within(long millis) {
            if (millis >= end) {
                throw fail("it ends at " + Instant.ofEpochMilli(millis) + ", not before the simulation ends at "
                        + Instant.ofEpochMilli(end));
            }
            return millis;
        }

        private void add(SimulatedVessel vessel) {
            vessels.add(vessel);
        }

        private TruthEvent truth(
                List<Integer> mmsis,
                long from,
                Optional<Long> until,
                List<TruthEvent.Point> points,
                Map<String, String> details) {
            return new TruthEvent(
                    event.type(),
                    event.id(),
                    mmsis,
                    Instant.ofEpochMilli(from),
                    until.map(Instant::ofEpochMilli),
                    points,
                    Optional.empty(),
                    details);
        }

        private IllegalArgumentException fail(String why) {
            return new IllegalArgumentException(event.type() + " event \"" + event.id() + "\": " + why);
        }
    }

    private static TruthEvent.Point point(String role, Mmsi mmsi, long millis, GeoPoint p) {
        return new TruthEvent.Point(role, mmsi.value(), Instant.ofEpochMilli(millis), p.lat(), p.lon());
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }

    private static String nm(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String text(GeoPoint p) {
        return String.format(Locale.ROOT, "%.4f,%.4f", p.lat(), p.lon());
    }
}
