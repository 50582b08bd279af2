package io.jisr.bench.incident;

import io.jisr.incident.CountryCode;
import io.jisr.incident.EventType;
import io.jisr.incident.Grading;
import io.jisr.incident.Incident;
import io.jisr.incident.query.Area;
import io.jisr.incident.query.IncidentFilter;
import io.jisr.incident.query.IncidentIndex;
import io.jisr.incident.sample.SahelSample;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the incident map and timeline ask of {@link IncidentIndex} with 50,000 reports (issue 9,
 * acceptance 3): the whole area clustered at the zoom the Sahel fills a screen (5) and at a closer zoom
 * (9) with every report or with a typical analyst filter (two types, a year, minimum grading C3, two
 * countries); the weekly timeline of the same; and building the index. Reports come from
 * {@link SahelSample} (seed 2026).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar IncidentQueryBenchmark}. On a shared machine,
 * compare with {@link IncidentQueryCost}, which reports CPU time and a baseline measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IncidentQueryBenchmark {
    /** How many reports the index holds. */
    @Param({"50000"})
    public int reports;

    /** {@code all}: no filter; {@code analyst}: two types, one year, minimum C3, two countries. */
    @Param({"all", "analyst"})
    public String filter;

    List<Incident> incidents;
    IncidentIndex index;
    IncidentFilter query;

    /** Generates the reports and builds the index once. */
    @Setup
    public void generate() {
        incidents = SahelSample.incidents(2026, reports);
        index = IncidentIndex.of(incidents);
        query = filter(filter);
    }

    static IncidentFilter filter(String name) {
        return switch (name) {
            case "all" -> IncidentFilter.ALL;
            case "analyst" ->
                IncidentFilter.ALL
                        .withTypes(Set.of(EventType.EXPLOSION_REMOTE_VIOLENCE, EventType.ABDUCTION))
                        .withPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                        .withMinimumGrading(Grading.parse("C3"))
                        .withCountries(Set.of(CountryCode.of("MLI"), CountryCode.of("NER")));
            case "viewport" -> IncidentFilter.ALL.withArea(new Area(17, 0, 21, 4));
            default -> throw new IllegalArgumentException("unknown filter " + name + "; use all, analyst or viewport");
        };
    }

    /** The map at the zoom where the Sahel fills the screen. */
    @Benchmark
    public Object clustersZoom5() {
        return index.clusters(query, 5);
    }

    /** The map zoomed onto a border area (more, smaller clusters). */
    @Benchmark
    public Object clustersZoom9() {
        return index.clusters(query, 9);
    }

    /** The timeline: counts per ISO week by type. */
    @Benchmark
    public Object timeline() {
        return index.timeline(query);
    }

    /** Only the filter, counting matches (the floor under every query above). */
    @Benchmark
    public int count() {
        return index.count(query);
    }

    /** Building the index from the published reports (after a change). */
    @Benchmark
    public Object build() {
        return IncidentIndex.of(incidents);
    }
}
