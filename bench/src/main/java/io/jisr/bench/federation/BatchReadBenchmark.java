package io.jisr.bench.federation;

import io.jisr.app.federation.BatchJson;
import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import io.jisr.exchange.ReleasabilityMarking;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.BatchFormat;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.LogEntry;
import io.jisr.exchange.record.HandlingTerms;
import io.jisr.exchange.record.ReleaseGrant;
import io.jisr.exchange.record.ShareableRecord;
import java.time.Duration;
import java.util.ArrayList;
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
 * Reading one federation batch as the receiving node does ({@link BatchJson#read}): 2,000 released
 * vessel positions as {@link FederationThroughput} makes them, written by {@link BatchJson#write}.
 * Divide the time per operation by {@code records} for the cost of one record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchReadBenchmark {

    /** Records in the batch: the puller's default page. */
    @Param("2000")
    int records;

    String wire;

    @Setup
    public void write() {
        HandlingTerms terms = new HandlingTerms(
                ReleasabilityMarking.of(Nation.of("DZA"), Nation.of("USA")),
                Duration.ofDays(30),
                Set.of(),
                new ReleaseGrant(AgreementId.of("dza-usa-maritime"), 1, "A1"));
        List<LogEntry> entries = new ArrayList<>(records);
        long sequence = 100;
        for (ShareableRecord record : FederationThroughput.records(records, 200)) {
            entries.add(new LogEntry(++sequence, record.releasedUnder(terms)));
        }
        Partner dza = new Partner(Nation.of("DZA"), NodeId.of("dza-1"));
        wire = BatchJson.write(
                new Batch(BatchFormat.VERSION, dza, Cursor.at(100), Cursor.at(sequence), List.copyOf(entries)));
        if (!(BatchJson.read(wire) instanceof BatchJson.Read.Accepted)) {
            throw new IllegalStateException("the benchmark's batch is refused: " + BatchJson.read(wire));
        }
    }

    @Benchmark
    public BatchJson.Read read() {
        return BatchJson.read(wire);
    }
}
