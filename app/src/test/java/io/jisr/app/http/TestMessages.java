package io.jisr.app.http;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.Reception;
import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.ais.message.ShipType;
import io.jisr.ais.message.StaticAndVoyageData;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Messages made up for tests that the recordings cannot provide (a moving vessel, a hostile name);
 * public for the browser tests of {@code io.jisr.app.web}.
 */
public final class TestMessages {

    private TestMessages() {}

    static Reception reception() {
        return new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.empty(), 1, 1);
    }

    static PositionReportClassA position(int mmsi, double lat, double lon, double knots) {
        return position(mmsi, lat, lon, knots, 45.0, 44);
    }

    /** A class A report under way using engine, with high accuracy and no rate of turn. */
    public static PositionReportClassA position(
            int mmsi, double lat, double lon, double knots, double courseDegrees, int headingDegrees) {
        return new PositionReportClassA(
                1,
                0,
                Mmsi.of(mmsi),
                NavigationStatus.UNDER_WAY_USING_ENGINE,
                RateOfTurn.ofRaw(0),
                OptionalDouble.of(knots),
                true,
                Optional.of(Position.of(lat, lon)),
                OptionalDouble.of(courseDegrees),
                OptionalInt.of(headingDegrees),
                ReportSecond.ofRaw(10),
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                0);
    }

    static StaticAndVoyageData voyage(int mmsi, String name, String destination) {
        return voyage(mmsi, name, "7TAB", 60, destination);
    }

    /** Static and voyage data of a 112 m by 22 m ship with IMO number 9134270. */
    public static StaticAndVoyageData voyage(int mmsi, String name, String callSign, int shipType, String destination) {
        return new StaticAndVoyageData(
                0,
                Mmsi.of(mmsi),
                2,
                Optional.of(ImoNumber.of(9134270)),
                Optional.of(callSign),
                Optional.of(name),
                Optional.of(ShipType.of(shipType)),
                new Dimensions(100, 40, 10, 12),
                EpfdType.GPS,
                Optional.empty(),
                OptionalDouble.of(6.2),
                Optional.of(destination),
                true);
    }

    /**
     * Returns the NMEA lines of {@code message} on channel A, each with an NMEA 4.10 tag block whose
     * {@code c:} field gives {@code time} as the message's time, ending in CR LF.
     */
    public static String taggedLines(AisMessage message, Instant time) {
        StringBuilder lines = new StringBuilder();
        for (String sentence : AisEncoder.standard().encode(message, "A", 0)) {
            String tag = "c:" + time.getEpochSecond();
            int checksum = 0;
            for (int i = 0; i < tag.length(); i++) {
                checksum ^= tag.charAt(i);
            }
            lines.append('\\')
                    .append(tag)
                    .append('*')
                    .append(String.format("%02X", checksum))
                    .append('\\');
            lines.append(sentence).append("\r\n");
        }
        return lines.toString();
    }
}
