package io.jisr.sar.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jisr.sar.drift.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchPlannerTest {
    static final Position CENTRE = new Position(37.1, 3.4);
    static final SearchArea.Rectangle ALPHA = new SearchArea.Rectangle("Alpha", CENTRE, 0, 20_000, 12_000);
    static final SearchAsset SHIP = SearchAsset.vessel("Ship", 12, 10);
    static final SearchAsset HELO = new SearchAsset("Helo", AssetKind.HELICOPTER, 90, 3, 150);
    static final SearchConditions CALM = new SearchConditions(10, 5, 0.5, false);
    static final SearchPlanner PLANNER = new SearchPlanner(SweepWidthTable.bundled());

    static PlanRequest request(PatternKind pattern, List<SearchAsset> assets) {
        return new PlanRequest(
                "Case 7 plan 1",
                ALPHA,
                pattern,
                assets,
                SearchObjectType.PERSON_IN_WATER,
                CALM,
                new CoverageFactor(1),
                0);
    }

    @Test
    void parallelTrack_twoAssets_splitTheAreaByEffort() {
        ProbabilityMap map = ProbabilityMap.uniform(ALPHA, 250);
        SearchPlan plan = PLANNER.plan(request(PatternKind.PARALLEL_TRACK, List.of(SHIP, HELO)), map);
        assertThat(plan.assets()).hasSize(2);
        AssetPlan ship = plan.assets().get(0);
        AssetPlan helo = plan.assets().get(1);
        // Sweep widths for a person in the water at 10 NM: 0.6 NM from a ship, 0.1 NM from a helicopter at 150 m.
        assertThat(ship.sweepWidth().nauticalMiles()).isCloseTo(0.6, within(1e-12));
        assertThat(helo.sweepWidth().nauticalMiles()).isCloseTo(0.1, within(1e-12));
        // Effort W·V·T: 0.6 × 12 × 10 = 72 and 0.1 × 90 × 3 = 27: the width is cut 72 : 27.
        SearchArea.Rectangle shipArea = (SearchArea.Rectangle) ship.assignedArea();
        SearchArea.Rectangle heloArea = (SearchArea.Rectangle) helo.assignedArea();
        assertThat(shipArea.widthMetres()).isCloseTo(12_000 * 72 / 99.0, within(1e-6));
        assertThat(heloArea.widthMetres()).isCloseTo(12_000 * 27 / 99.0, within(1e-6));
        assertThat(shipArea.lengthMetres()).isEqualTo(20_000);
        assertThat(shipArea.name()).isEqualTo("Alpha / Ship");
        // S = W / C = 1,111.2 m; 8,727 m wide holds round(7.85) = 8 tracks 1,090.9 m apart: C = 1.0186.
        assertThat(ship.track().trackSpacingMetres()).isCloseTo(12_000 * 72 / 99.0 / 8, within(1e-6));
        assertThat(ship.coverage().value()).isCloseTo(1111.2 / (12_000 * 72 / 99.0 / 8), within(1e-9));
        assertThat(ship.probabilityOfDetection())
                .isCloseTo(1 - Math.exp(-ship.coverage().value()), within(1e-12));
        // Both tracks fit: 8 × 18,909 + 7 × 1,091 m = 85.8 NM at 12 kn is 7.2 h of 10.
        assertThat(ship.track().trackLengthMetres()).isCloseTo(8 * (20_000 - 1090.909) + 7 * 1090.909, within(0.01));
        assertThat(ship.fitsEndurance()).isTrue();
        assertThat(helo.fitsEndurance()).isTrue();
        // Disjoint areas on a uniform map: POC is each one's share of cells, POS adds POC × POD.
        assertThat(ship.probabilityOfContainment() + helo.probabilityOfContainment())
                .isCloseTo(1, within(1e-12));
        assertThat(ship.probabilityOfContainment()).isCloseTo(72 / 99.0, within(0.03));
        assertThat(plan.probabilityOfContainment()).isCloseTo(1, within(1e-12));
        assertThat(plan.probabilityOfSuccess())
                .isCloseTo(ship.probabilityOfSuccess() + helo.probabilityOfSuccess(), within(1e-12));
        assertThat(plan.cumulativeSuccess()).isEqualTo(plan.probabilityOfSuccess());
    }

    @Test
    void nextPlan_afterAnUnsuccessfulSearch_usesTheUpdatedMap() {
        ProbabilityMap map = ProbabilityMap.uniform(ALPHA, 250);
        PlanRequest request = request(PatternKind.PARALLEL_TRACK, List.of(SHIP, HELO));
        SearchPlan first = PLANNER.plan(request, map);
        ProbabilityMap after = first.unsuccessful(map);
        SearchPlan second = PLANNER.plan(request, after);
        double pos1 = first.probabilityOfSuccess();
        double expectedPos2 = 0;
        for (AssetPlan a : first.assets()) {
            double pod = a.probabilityOfDetection();
            expectedPos2 += a.probabilityOfContainment() * (1 - pod) / (1 - pos1) * pod;
        }
        assertThat(second.probabilityOfSuccess()).isCloseTo(expectedPos2, within(1e-12));
        assertThat(second.cumulativeSuccess()).isCloseTo(1 - (1 - pos1) * (1 - expectedPos2), within(1e-12));
        assertThat(second.cumulativeSuccess()).isGreaterThan(pos1);
    }

    @Test
    void creepingLine_twoAssets_splitAlongTheLength() {
        SearchPlan plan = PLANNER.plan(
                request(PatternKind.CREEPING_LINE, List.of(SHIP, HELO)), ProbabilityMap.uniform(ALPHA, 250));
        SearchArea.Rectangle a = (SearchArea.Rectangle) plan.assets().get(0).assignedArea();
        SearchArea.Rectangle b = (SearchArea.Rectangle) plan.assets().get(1).assignedArea();
        assertThat(a.lengthMetres() + b.lengthMetres()).isCloseTo(20_000, within(1e-6));
        assertThat(a.widthMetres()).isEqualTo(12_000);
        assertThat(plan.assets().get(0).track().kind()).isEqualTo(PatternKind.CREEPING_LINE);
    }

    @Test
    void expandingSquare_twoAssets_fromTheDatum_45DegreesApart() {
        SearchPlan plan = PLANNER.plan(
                request(PatternKind.EXPANDING_SQUARE, List.of(SHIP, HELO)), ProbabilityMap.uniform(ALPHA, 250));
        PatternTrack ship = plan.assets().get(0).track();
        PatternTrack helo = plan.assets().get(1).track();
        assertThat(ship.commenceSearchPoint().position()).isEqualTo(CENTRE);
        assertThat(helo.commenceSearchPoint().position()).isEqualTo(CENTRE);
        assertThat(ship.legs().getFirst().bearingDegrees()).isCloseTo(0, within(1e-9));
        assertThat(helo.legs().getFirst().bearingDegrees()).isCloseTo(45, within(1e-9));
        // Side 20 km at S = 1,111.2 m: 2 × ⌈17.998⌉ = 36 legs.
        assertThat(ship.legs()).hasSize(36);
        // The two squares overlap: POS combines the looks per cell, so it is below the sum of the two.
        AssetPlan a = plan.assets().get(0);
        AssetPlan b = plan.assets().get(1);
        assertThat(plan.probabilityOfSuccess()).isLessThan(a.probabilityOfSuccess() + b.probabilityOfSuccess());
        assertThat(plan.probabilityOfSuccess())
                .isGreaterThan(Math.max(a.probabilityOfSuccess(), b.probabilityOfSuccess()));
    }

    @Test
    void sector_coverageIsEffortOverTheDisc() {
        SearchPlan plan = PLANNER.plan(request(PatternKind.SECTOR, List.of(SHIP)), ProbabilityMap.uniform(ALPHA, 250));
        AssetPlan ship = plan.assets().getFirst();
        // Radius 10 km; C = 9 R W / (π R²) = 9 × 1,111.2 / (π × 10,000) = 0.31833.
        assertThat(ship.track().trackLengthMetres()).isCloseTo(90_000, within(1e-6));
        assertThat(ship.coverage().value()).isCloseTo(9 * 1111.2 / (Math.PI * 10_000), within(1e-9));
        assertThat(ship.assignedArea().areaSquareMetres()).isCloseTo(Math.PI * 1e8, within(0.01 * Math.PI * 1e8));
    }

    @Test
    void request_withoutAssetsOrWithATwin_isRefused() {
        assertThatThrownBy(() -> request(PatternKind.SECTOR, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("search plan \"Case 7 plan 1\" needs at least one search asset");
        assertThatThrownBy(() -> request(PatternKind.SECTOR, List.of(SHIP, SHIP)))
                .hasMessage("search plan \"Case 7 plan 1\" names an asset twice: [Ship, Ship]");
    }
}
