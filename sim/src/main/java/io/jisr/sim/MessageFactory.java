package io.jisr.sim;

import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AidToNavigationReport;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.BaseStationReport;
import io.jisr.ais.message.ClassBPositionReport;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.Eta;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.ais.message.StaticAndVoyageData;
import io.jisr.ais.message.StaticDataReport;
import io.jisr.sim.geo.GeoPoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Turns a vessel's state into the AIS messages its transponder would send. */
final class MessageFactory {
    /** SOTDMA communication state of a Class B "CS" unit, which sends ITDMA-flagged reports. */
    private static final int CLASS_B_CS_RADIO_STATUS = 0b1100000000000000110;

    private MessageFactory() {}

    static AisMessage position(
            VesselIdentity identity, Mmsi mmsi, VesselState state, GeoPoint reported, long millis, int sequence) {
        OptionalDouble speed = OptionalDouble.of(Math.min(102.2, Math.round(state.speedKnots() * 10) / 10.0));
        double courseTenths = Math.round(state.courseDegrees() * 10) % 3600;
        OptionalDouble course = OptionalDouble.of(courseTenths / 10.0);
        OptionalInt heading = OptionalInt.of(Math.floorMod(state.headingDegrees(), 360));
        Optional<Position> position = Optional.of(Position.of(reported.lat(), reported.lon()));
        ReportSecond second = ReportSecond.ofRaw((int) Math.floorMod(millis / 1000, 60));
        if (identity.transponder() == Transponder.CLASS_B) {
            return new ClassBPositionReport(
                    0,
                    mmsi,
                    speed,
                    false,
                    position,
                    course,
                    heading,
                    second,
                    true,
                    false,
                    false,
                    true,
                    false,
                    false,
                    false,
                    true,
                    CLASS_B_CS_RADIO_STATUS);
        }
        // SOTDMA communication state: UTC direct sync, slot time-out counting down 7..0, and a slot offset.
        int radioStatus = ((7 - sequence % 8) << 14) | (sequence * 37 % 2250);
        return new PositionReportClassA(
                1,
                0,
                mmsi,
                state.status(),
                rateOfTurn(state.rateOfTurnDegreesPerMinute()),
                speed,
                true,
                position,
                course,
                heading,
                second,
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                radioStatus & ((1 << 19) - 1));
    }

    /** ROT as the transponder encodes it: 4.733 times the square root of degrees per minute (M.1371-5, Table 45). */
    static RateOfTurn rateOfTurn(double degreesPerMinute) {
        if (degreesPerMinute == 0) {
            return RateOfTurn.ofRaw(0);
        }
        int raw = (int) Math.round(4.733 * Math.sqrt(Math.abs(degreesPerMinute)));
        return RateOfTurn.ofRaw((int) Math.copySign(Math.min(126, raw), degreesPerMinute));
    }

    static StaticAndVoyageData staticAndVoyage(
            VesselIdentity identity, Mmsi mmsi, Optional<String> destination, Optional<Instant> eta) {
        double draught = Math.min(25.5, Math.max(0.5, Math.round(identity.lengthMetres() / 18.0 * 10) / 10.0));
        return new StaticAndVoyageData(
                0,
                mmsi,
                2,
                identity.imo(),
                Optional.of(identity.callSign()),
                Optional.of(identity.name()),
                Optional.of(identity.shipType()),
                identity.dimensions(),
                EpfdType.GPS,
                eta.map(MessageFactory::eta),
                OptionalDouble.of(draught),
                destination,
                true);
    }

    static StaticDataReport.PartA staticPartA(VesselIdentity identity, Mmsi mmsi) {
        return new StaticDataReport.PartA(0, mmsi, Optional.of(identity.name()));
    }

    static StaticDataReport.PartB staticPartB(VesselIdentity identity, Mmsi mmsi) {
        return new StaticDataReport.PartB(
                0,
                mmsi,
                Optional.of(identity.shipType()),
                Optional.empty(),
                Optional.of(identity.callSign()),
                Optional.of(identity.dimensions()),
                Optional.empty(),
                EpfdType.GPS);
    }

    static AisMessage station(FixedStation station, long millis) {
        Optional<Position> position = Optional.of(
                Position.of(station.position().lat(), station.position().lon()));
        return switch (station) {
            case FixedStation.BaseStation b -> {
                ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
                yield new BaseStationReport(
                        4,
                        0,
                        b.mmsi(),
                        OptionalInt.of(t.getYear()),
                        OptionalInt.of(t.getMonthValue()),
                        OptionalInt.of(t.getDayOfMonth()),
                        OptionalInt.of(t.getHour()),
                        OptionalInt.of(t.getMinute()),
                        OptionalInt.of(t.getSecond()),
                        true,
                        position,
                        EpfdType.SURVEYED,
                        false,
                        false,
                        0);
            }
            case FixedStation.AidToNavigation a ->
                new AidToNavigationReport(
                        0,
                        a.mmsi(),
                        a.type(),
                        Optional.of(a.name()),
                        true,
                        position,
                        new Dimensions(1, 1, 1, 1),
                        EpfdType.SURVEYED,
                        ReportSecond.ofRaw((int) Math.floorMod(millis / 1000, 60)),
                        false,
                        0,
                        false,
                        a.virtual(),
                        false,
                        AidToNavigationReport.standardExtensionBits(a.name().length()));
        };
    }

    private static Eta eta(Instant at) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return new Eta(
                OptionalInt.of(t.getMonthValue()),
                OptionalInt.of(t.getDayOfMonth()),
                OptionalInt.of(t.getHour()),
                OptionalInt.of(t.getMinute()));
    }
}
