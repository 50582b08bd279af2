package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.SarInputException;
import org.junit.jupiter.api.Test;

class SweepWidthTableTest {
    static final SweepWidthTable TABLE = SweepWidthTable.bundled();
    static final SearchAsset SHIP = SearchAsset.vessel("Ship", 12, 10);
    static final SearchAsset HELICOPTER = new SearchAsset("Helo", AssetKind.HELICOPTER, 90, 3, 190.5);
    static final SearchConditions CALM = new SearchConditions(10, 5, 0.5, false);

    @Test
    void lookup_vessel_readsTheTable() {
        SweepWidth w = TABLE.lookup(SHIP, SearchObjectType.LIFE_RAFT_4, CALM);
        assertThat(w.uncorrectedNauticalMiles()).isEqualTo(4.2);
        assertThat(w.weatherFactor()).isEqualTo(1);
        assertThat(w.fatigueFactor()).isEqualTo(1);
        assertThat(w.nauticalMiles()).isEqualTo(4.2);
        assertThat(w.metres()).isCloseTo(4.2 * 1852, within(1e-9));
    }

    @Test
    void lookup_betweenColumnsAndHeights_interpolatesLinearly() {
        // Person in water, 7.5 NM: halfway between 0.5 (5 NM) and 0.6 (10 NM).
        assertThat(TABLE.lookup(SHIP, SearchObjectType.PERSON_IN_WATER, new SearchConditions(7.5, 5, 0.5, false))
                        .uncorrectedNauticalMiles())
                .isCloseTo(0.55, within(1e-12));
        // Beyond the last column: the last column.
        assertThat(TABLE.lookup(SHIP, SearchObjectType.BOAT_24M, new SearchConditions(30, 5, 0.5, false))
                        .uncorrectedNauticalMiles())
                .isEqualTo(18.1);
        // Helicopter at 190.5 m, raft of 4, 10 NM: halfway between 2.2 (500 ft, 152.4 m) and 2.3 (750 ft,
        // 228.6 m).
        assertThat(TABLE.lookup(HELICOPTER, SearchObjectType.LIFE_RAFT_4, CALM).uncorrectedNauticalMiles())
                .isCloseTo(2.25, within(1e-12));
    }

    @Test
    void lookup_weatherAndFatigue_correctTheWidth() {
        // Small object, 20 kn: 0.5; tired crew 0.9: 4.2 × 0.5 × 0.9 = 1.89.
        SweepWidth w = TABLE.lookup(SHIP, SearchObjectType.LIFE_RAFT_4, new SearchConditions(10, 20, 0.5, true));
        assertThat(w.weatherFactor()).isEqualTo(0.5);
        assertThat(w.fatigueFactor()).isEqualTo(0.9);
        assertThat(w.nauticalMiles()).isCloseTo(1.89, within(1e-12));
        // The sea decides when it is worse than the wind: 2 m is over 1.5 m.
        assertThat(TABLE.weatherFactor(SearchObjectType.PERSON_IN_WATER, 5, 2)).isEqualTo(0.25);
        // Band edges belong to the lower band.
        assertThat(TABLE.weatherFactor(SearchObjectType.PERSON_IN_WATER, 15, 1.0))
                .isEqualTo(1);
        assertThat(TABLE.weatherFactor(SearchObjectType.PERSON_IN_WATER, 25, 1.5))
                .isEqualTo(0.5);
        // Larger objects: 0.9 in both higher bands.
        assertThat(TABLE.weatherFactor(SearchObjectType.BOAT_12M, 20, 0.5)).isEqualTo(0.9);
        assertThat(TABLE.weatherFactor(SearchObjectType.BOAT_12M, 40, 3)).isEqualTo(0.9);
    }

    @Test
    void lookup_outsideTheTable_saysWhatTheTableHolds() {
        assertThatThrownBy(() ->
                        TABLE.lookup(SHIP, SearchObjectType.PERSON_IN_WATER, new SearchConditions(2, 5, 0.5, false)))
                .isInstanceOf(SarInputException.class)
                .hasMessage(
                        "visibility 2.0 NM is below the VESSEL sweep-width table's first column (3 NM) for PERSON_IN_WATER");
        SearchAsset high = new SearchAsset("High", AssetKind.FIXED_WING, 150, 5, 1_500);
        assertThatThrownBy(() -> TABLE.lookup(high, SearchObjectType.LIFE_RAFT_6, CALM))
                .isInstanceOf(SarInputException.class)
                .hasMessage(
                        "search height 1500 m of \"High\" is outside the FIXED_WING sweep-width table's heights 91–914 m");
    }

    @Test
    void aircraftRows_areTheTranscribedUscgValues() {
        // Spot checks against the transcription named in sweep-widths.md, one per platform and source height.
        SearchAsset fixedWing500ft = new SearchAsset("FW", AssetKind.FIXED_WING, 150, 5, 152.4);
        assertThat(TABLE.lookup(fixedWing500ft, SearchObjectType.LIFE_RAFT_4, CALM)
                        .uncorrectedNauticalMiles())
                .isEqualTo(1.8);
        SearchAsset helo1000ft = new SearchAsset("Helo", AssetKind.HELICOPTER, 90, 3, 304.8);
        // A 24 m boat is looked up as the source's 78 ft power boat; 20 NM visibility.
        assertThat(TABLE.lookup(helo1000ft, SearchObjectType.BOAT_24M, new SearchConditions(20, 5, 0.5, false))
                        .uncorrectedNauticalMiles())
                .isEqualTo(18.5);
        // A 5 m boat (17 ft) is looked up as the source's power boat of 15 ft or less, the smaller width.
        assertThat(TABLE.lookup(helo1000ft, SearchObjectType.BOAT_5M, CALM).uncorrectedNauticalMiles())
                .isEqualTo(2.1);
    }

    @Test
    void personInWater_fromHigh_isRefusedWhereTheSourceGivesZero() {
        // The source gives 0.0 NM for a person in the water from 2,000 ft and above at 10 NM: no plan from there.
        SearchAsset fixedWing2000ft = new SearchAsset("FW", AssetKind.FIXED_WING, 150, 5, 609.6);
        assertThatThrownBy(() -> TABLE.lookup(fixedWing2000ft, SearchObjectType.PERSON_IN_WATER, CALM))
                .isInstanceOf(SarInputException.class)
                .hasMessageContaining(
                        "search height 610 m of \"FW\" is outside the FIXED_WING sweep-width table's heights");
        SearchAsset fixedWing1500ft = new SearchAsset("FW", AssetKind.FIXED_WING, 150, 5, 457.2);
        assertThatThrownBy(() -> TABLE.lookup(fixedWing1500ft, SearchObjectType.PERSON_IN_WATER, CALM))
                .isInstanceOf(SarInputException.class)
                .hasMessageContaining("below the FIXED_WING sweep-width table's first column");
    }

    @Test
    void parse_malformedTables_nameTheLine() {
        String weather = "objects,wind_max_kn,sea_max_m,factor\nSMALL,,,1\nOTHER,,,1\n";
        assertThatThrownBy(() -> SweepWidthTable.parse(
                        "platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20\nSUBMARINE,0,PERSON_IN_WATER,1,1,1,1,1,1\n",
                        weather,
                        "t"))
                .isInstanceOf(SarInputException.class)
                .hasMessage("t (sweep widths) line 2: unknown platform \"SUBMARINE\"");
        assertThatThrownBy(() -> SweepWidthTable.parse(
                        "platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20\nVESSEL,0,BOAT_5M,,x,1,1,1,1\n",
                        weather,
                        "t"))
                .hasMessage("t (sweep widths) line 2: vis_3 must be a number, was \"x\"");
        assertThatThrownBy(() -> SweepWidthTable.parse(
                        "platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20\nVESSEL,0,BOAT_5M,,1,,1,1,\n",
                        weather,
                        "t"))
                .hasMessage("t (sweep widths) line 2: empty sweep-width cells must be at the ends of the row, was"
                        + " \"VESSEL,0,BOAT_5M,,1,,1,1,\"");
        assertThatThrownBy(() -> SweepWidthTable.parse(
                        "platform,height_m,object,vis_1,vis_3,vis_5,vis_10,vis_15,vis_20\n",
                        "objects,wind_max_kn,sea_max_m,factor\nSMALL,15,1,1.5\n",
                        "t"))
                .hasMessage("t (weather correction) line 2: factor must be more than 0 and at most 1, was 1.5");
    }

    @Test
    void bundled_everyObjectHasARowForEveryPlatform() {
        SearchAsset fixedWing = new SearchAsset("FW", AssetKind.FIXED_WING, 150, 5, 300);
        for (SearchObjectType object : SearchObjectType.values()) {
            for (SearchAsset asset : new SearchAsset[] {SHIP, HELICOPTER, fixedWing}) {
                assertThat(TABLE.lookup(asset, object, CALM).nauticalMiles())
                        .as("%s %s", asset.kind(), object)
                        .isPositive();
            }
        }
    }
}
