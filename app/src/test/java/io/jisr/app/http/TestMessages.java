package io.jisr.app.http;

import io.jisr.ais.Reception;
import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.Mmsi;
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
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Messages made up for tests that the recording cannot provide (a moving vessel, a hostile name). */
final class TestMessages {

    private TestMessages() {}

    static Reception reception() {
        return new Reception("AI", false, Optional.of("A"), Optional.empty(), Optional.empty(), 1, 1);
    }

    static PositionReportClassA position(int mmsi, double lat, double lon, double knots) {
        return new PositionReportClassA(
                1,
                0,
                Mmsi.of(mmsi),
                NavigationStatus.UNDER_WAY_USING_ENGINE,
                RateOfTurn.ofRaw(0),
                OptionalDouble.of(knots),
                true,
                Optional.of(Position.of(lat, lon)),
                OptionalDouble.of(45.0),
                OptionalInt.of(44),
                ReportSecond.ofRaw(10),
                ManeuverIndicator.NOT_AVAILABLE,
                false,
                0);
    }

    static StaticAndVoyageData voyage(int mmsi, String name, String destination) {
        return new StaticAndVoyageData(
                0,
                Mmsi.of(mmsi),
                2,
                Optional.of(ImoNumber.of(9134270)),
                Optional.of("7TAB"),
                Optional.of(name),
                Optional.of(ShipType.of(60)),
                new Dimensions(100, 40, 10, 12),
                EpfdType.GPS,
                Optional.empty(),
                OptionalDouble.of(6.2),
                Optional.of(destination),
                true);
    }
}
