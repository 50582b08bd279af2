package io.jisr.sar.plan;

import io.jisr.sar.drift.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a search plan: sweep widths from the tables, track spacing from the wanted coverage, one
 * pattern per unit, and the probabilities of containment, detection and success on a probability map.
 */
public final class SearchPlanner {
    private final SweepWidthTable sweepWidths;

    /*
     * Several units in one area. Parallel track: the area is cut across its width and creeping line along
     * its length, so every unit keeps full-length tracks; each unit's share is proportional to the effort
     * it can give, W × V × T (IAMSAR's search effort), so that all finish at about the same time.
     * Expanding square: every unit flies its own square from the datum, each turned 45° from the previous
     * one; sector search: each turned 30° (the manual's second-pattern offsets). Overlapping searches
     * combine cell by cell as independent looks, 1 − ∏(1 − POD).
     *
     * A polygon is searched through its smallest enclosing rectangle (PS, CS) or its enclosing square
     * (SS) or disc (VS): the tracks also cover some water outside the polygon, and POC counts only what
     * the map holds inside each unit's area.
     */

    /** Creates a planner reading sweep widths from a table. */
    public SearchPlanner(SweepWidthTable sweepWidths) {
        this.sweepWidths = sweepWidths;
    }

    /** Lays out a plan on a probability map (use {@link ProbabilityMap#uniform} without a drift). */
    public SearchPlan plan(PlanRequest request, ProbabilityMap map) {
        List<AssetPlan> plans = switch (request.pattern()) {
            case PARALLEL_TRACK, CREEPING_LINE -> split(request, map);
            case EXPANDING_SQUARE -> expandingSquares(request, map);
            case SECTOR -> sectors(request, map);
        };
        List<ProbabilityMap.AreaSearch> searches = plans.stream()
                .map(a -> new ProbabilityMap.AreaSearch(a.assignedArea(), a.probabilityOfDetection()))
                .toList();
        double pos = map.success(searches);
        return new SearchPlan(
                request, plans, map.containment(request.area()), pos, 1 - (1 - map.cumulativeSuccess()) * (1 - pos));
    }

    private SweepWidth sweepWidth(PlanRequest request, SearchAsset asset) {
        return sweepWidths.lookup(asset, request.object(), request.conditions());
    }

    private List<AssetPlan> split(PlanRequest request, ProbabilityMap map) {
        SearchArea.Rectangle box = request.area().enclosingRectangle();
        List<SweepWidth> widths = new ArrayList<>();
        double total = 0;
        for (SearchAsset asset : request.assets()) {
            SweepWidth w = sweepWidth(request, asset);
            widths.add(w);
            total += effortCapacity(asset, w);
        }
        List<AssetPlan> plans = new ArrayList<>();
        double from = 0;
        for (int i = 0; i < request.assets().size(); i++) {
            SearchAsset asset = request.assets().get(i);
            SweepWidth w = widths.get(i);
            double to = i == request.assets().size() - 1 ? 1 : from + effortCapacity(asset, w) / total;
            String name = request.assets().size() == 1 ? box.name() : box.name() + " / " + asset.name();
            double spacing = request.coverage().trackSpacing(w.metres());
            SearchArea.Rectangle part;
            PatternTrack track;
            if (request.pattern() == PatternKind.PARALLEL_TRACK) {
                part = box.sliceAcross(name, from, to);
                track = PatternTrack.parallelTrack(part, spacing);
            } else {
                part = box.sliceAlong(name, from, to);
                track = PatternTrack.creepingLine(part, spacing);
            }
            plans.add(new AssetPlan(
                    asset,
                    part,
                    w,
                    CoverageFactor.ofSpacing(w.metres(), track.trackSpacingMetres()),
                    track,
                    map.containment(part)));
            from = to;
        }
        return plans;
    }

    private static double effortCapacity(SearchAsset asset, SweepWidth w) {
        return w.nauticalMiles() * asset.searchSpeedKnots() * asset.enduranceHours();
    }

    private List<AssetPlan> expandingSquares(PlanRequest request, ProbabilityMap map) {
        SearchArea.Rectangle box = request.area().enclosingRectangle();
        Position datum = box.centre();
        double side = Math.max(box.lengthMetres(), box.widthMetres());
        List<AssetPlan> plans = new ArrayList<>();
        for (int i = 0; i < request.assets().size(); i++) {
            SearchAsset asset = request.assets().get(i);
            SweepWidth w = sweepWidth(request, asset);
            double spacing = request.coverage().trackSpacing(w.metres());
            double bearing = request.firstLegBearingDegrees() + 45.0 * i;
            PatternTrack track = PatternTrack.expandingSquare(
                    datum, bearing, spacing, PatternTrack.expandingSquareLegs(side, spacing));
            SearchArea.Rectangle square = new SearchArea.Rectangle(
                    box.name() + (request.assets().size() == 1 ? "" : " / " + asset.name()),
                    datum,
                    bearing,
                    side,
                    side);
            plans.add(new AssetPlan(
                    asset, square, w, CoverageFactor.ofSpacing(w.metres(), spacing), track, map.containment(square)));
        }
        return plans;
    }

    private List<AssetPlan> sectors(PlanRequest request, ProbabilityMap map) {
        SearchArea.Rectangle box = request.area().enclosingRectangle();
        Position datum = box.centre();
        double radius = Math.max(box.lengthMetres(), box.widthMetres()) / 2;
        List<AssetPlan> plans = new ArrayList<>();
        for (int i = 0; i < request.assets().size(); i++) {
            SearchAsset asset = request.assets().get(i);
            SweepWidth w = sweepWidth(request, asset);
            PatternTrack track = PatternTrack.sector(datum, request.firstLegBearingDegrees() + 30.0 * i, radius);
            SearchArea disc =
                    disc(box.name() + (request.assets().size() == 1 ? "" : " / " + asset.name()), datum, radius);
            // The sector search's tracks converge on the datum: its coverage is the average over the disc,
            // effort (track × W) over area (π r²).
            CoverageFactor coverage =
                    CoverageFactor.ofEffort(track.trackLengthMetres() * w.metres(), Math.PI * radius * radius);
            plans.add(new AssetPlan(asset, disc, w, coverage, track, map.containment(disc)));
        }
        return plans;
    }

    private static SearchArea.Polygon disc(String name, Position centre, double radius) {
        TangentPlane plane = TangentPlane.at(centre);
        List<Position> vertices = new ArrayList<>();
        for (int k = 0; k < 72; k++) {
            vertices.add(plane.unproject(new TangentPlane.Point(0, 0).move(k * 5.0, radius)));
        }
        return new SearchArea.Polygon(name, vertices);
    }
}
