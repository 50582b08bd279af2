package io.jisr.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.picture.HeardBy;
import io.jisr.picture.SphericalEarth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiverFootprintsTest {
    private static final long T0 = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;
    /** A coastal receiver; the sea lies north of it. */
    private static final double RX_LAT = 36.5;

    private static final double RX_LON = 1.3;

    private static HeardBy heard(String receiver, long millis) {
        return HeardBy.NONE.with(receiver, Instant.ofEpochMilli(millis));
    }

    /** Returns the point {@code nm} nautical miles from the receiver on {@code bearing} (degrees). */
    private static double[] at(double bearing, double nm) {
        double[] out = new double[2];
        DeadReckoning.destination(RX_LAT, RX_LON, bearing, nm * SphericalEarth.METRES_PER_NAUTICAL_MILE, out);
        return out;
    }

    /** Two ships heard by {@code receiver} at each point of the northern half-disc's rim and its middle. */
    private static void hearHalfDisc(ReceiverFootprints footprints, String receiver, double rangeNm, long millis) {
        for (int bearing = -90; bearing <= 90; bearing += 10) {
            for (double nm : new double[] {rangeNm, rangeNm / 2}) {
                double[] p = at(bearing, nm);
                footprints.record(1, heard(receiver, millis), p[0], p[1], millis);
                footprints.record(2, heard(receiver, millis), p[0], p[1], millis);
            }
        }
    }

    @Test
    void quietWaterInsideTheHeardRim_isInside_andBeyondTheRimIsNot() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        hearHalfDisc(footprints, "rx", 40, T0);

        long later = T0 + HOUR;
        // 30 NM west-north-west: no ship heard there, but the rim around it was.
        double[] quiet = at(-70, 30);
        assertThat(footprints.isInside(quiet[0], quiet[1], later)).isTrue();
        assertThat(footprints.receiversContaining(quiet[0], quiet[1], later)).containsExactly("rx");
        double[] beyond = at(0, 44);
        assertThat(footprints.isInside(beyond[0], beyond[1], later)).isFalse();
    }

    @Test
    void aCellOnlyOneVesselReached_isLeftOut_soASpoofedPositionDoesNotWidenTheHull() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        hearHalfDisc(footprints, "rx", 40, T0);
        // One ship claims a position 70 NM north (spoofed, or a twin using its MMSI).
        double[] spoofed = at(0, 70);
        footprints.record(3, heard("rx", T0), spoofed[0], spoofed[1], T0);

        double[] between = at(0, 55);
        assertThat(footprints.isInside(between[0], between[1], T0 + HOUR)).isFalse();
    }

    @Test
    void aFootprintWiderThanOneTerrestrialReceiver_isIgnored() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        // An aggregated feed: one name for stations 200 NM apart.
        hearHalfDisc(footprints, "aggregator", 100, T0);

        double[] middle = at(0, 50);
        assertThat(footprints.isInside(middle[0], middle[1], T0 + HOUR)).isFalse();
        assertThat(footprints.hull("aggregator", T0 + HOUR)).isEmpty();
    }

    @Test
    void hull_isMadeOfHeardPositions_neverCellCorners() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        hearHalfDisc(footprints, "rx", 40, T0);

        for (double[] vertex : footprints.hull("rx", T0 + HOUR)) {
            double nm = SphericalEarth.distanceMetres(RX_LAT, RX_LON, vertex[0], vertex[1])
                    / SphericalEarth.METRES_PER_NAUTICAL_MILE;
            assertThat(nm).isLessThanOrEqualTo(40.01);
        }
    }

    @Test
    void aReceiverHeardLongBeforeTheReport_isNotCredited() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        for (int bearing = -90; bearing <= 90; bearing += 10) {
            double[] p = at(bearing, 40);
            // The receiver last heard these ships a minute before: another receiver heard this report.
            footprints.record(1, heard("rx", T0 - 60_000), p[0], p[1], T0);
            footprints.record(2, heard("rx", T0 - 60_000), p[0], p[1], T0);
        }
        assertThat(footprints.hull("rx", T0 + HOUR)).isEmpty();
    }

    @Test
    void reception_countsOnlyWithinTheWindow() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        hearHalfDisc(footprints, "rx", 40, T0);
        double[] quiet = at(-70, 30);

        assertThat(footprints.isInside(quiet[0], quiet[1], T0 + 24 * HOUR)).isTrue();
        assertThat(footprints.isInside(quiet[0], quiet[1], T0 + 26 * HOUR)).isFalse();
    }

    @Test
    void declaredRange_countsWhileTheReceiverPassesReportsOn() {
        DeclaredReceiver declared = new DeclaredReceiver("rx", RX_LAT, RX_LON, 40);
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120, List.of(declared));
        double[] heardPoint = at(0, 5);
        footprints.record(1, heard("rx", T0), heardPoint[0], heardPoint[1], T0);

        double[] quiet = at(-80, 35);
        double[] beyond = at(-80, 41);
        assertThat(footprints.withinDeclaredRange(quiet[0], quiet[1], T0 + HOUR / 2))
                .isTrue();
        assertThat(footprints.isInside(quiet[0], quiet[1], T0 + HOUR / 2)).isTrue();
        assertThat(footprints.withinDeclaredRange(beyond[0], beyond[1], T0 + HOUR / 2))
                .isFalse();
        // Silent for more than an hour: it may be down, and its water is not heard.
        assertThat(footprints.withinDeclaredRange(quiet[0], quiet[1], T0 + 2 * HOUR))
                .isFalse();
    }

    @Test
    void aDeclaredReceiverNeverHeard_coversNothing() {
        ReceiverFootprints footprints =
                new ReceiverFootprints(24, 1, 120, List.of(new DeclaredReceiver("rx", RX_LAT, RX_LON, 40)));

        assertThat(footprints.isInside(RX_LAT + 0.1, RX_LON, T0)).isFalse();
    }

    @Test
    void aFootprintOfMoreCellsThanAnyRange_isDroppedForGood() {
        ReceiverFootprints footprints = new ReceiverFootprints(24, 1, 120);
        // A satellite feed under one name: a point in every cell of a 10 x 6 degree sea.
        int n = 0;
        for (int row = 0; row < 60 && n <= ReceiverFootprints.MAX_CELLS; row++) {
            for (int column = 0; column < 100 && n <= ReceiverFootprints.MAX_CELLS; column++, n++) {
                footprints.record(1, heard("sat", T0), 32.05 + row * 0.1, 0.05 + column * 0.1, T0);
            }
        }
        hearHalfDisc(footprints, "sat", 40, T0);

        assertThat(footprints.hull("sat", T0 + HOUR)).isEmpty();
    }

    @Test
    void settings_areChecked() {
        assertThatThrownBy(() -> new ReceiverFootprints(0, 1, 120)).hasMessageContaining("window");
        assertThatThrownBy(() -> new ReceiverFootprints(24, 1, 0)).hasMessageContaining("diameter");
        assertThatThrownBy(() -> new DeclaredReceiver(" ", 0, 0, 40)).hasMessageContaining("id");
        assertThatThrownBy(() -> new DeclaredReceiver("rx", 91, 0, 40)).hasMessageContaining("globe");
        assertThatThrownBy(() -> new DeclaredReceiver("rx", 0, 0, 0)).hasMessageContaining("range");
    }
}
