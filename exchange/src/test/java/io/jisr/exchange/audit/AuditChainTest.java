package io.jisr.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T = Instant.parse("2026-11-26T12:00:00Z");

    private static AuditEvent released(long after, long upTo) {
        return new AuditEvent.BatchReleased(
                T,
                Fixtures.USA_PARTNER,
                List.of(new CategoryCount("vessel-positions", (int) (upTo - after))),
                after,
                upTo);
    }

    @Test
    void encode_knownEntry_hasTheDocumentedBytes() {
        byte[] bytes = AuditEncoding.encode(0, new byte[32], released(0, 2));

        assertThat(HexFormat.of().formatHex(bytes))
                .isEqualTo("01" + "0000000000000000" + "00".repeat(32) + "01" + "000000006b081f40" + "00000000"
                        + "00000003" + "555341" + "00000005" + "7573612d31" + "00000001" + "00000010"
                        + HexFormat.of().formatHex("vessel-positions".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        + "00000002" + "0000000000000000" + "0000000000000002");
    }

    @Test
    void verify_swappedEntries_namesTheFirstOneOutOfPlace() {
        var chain = AuditChain.start();
        chain.append(released(0, 2));
        chain.append(released(2, 5));
        chain.append(released(5, 9));
        var stored = new ArrayList<>(chain.appended());
        stored.set(1, chain.appended().get(2));
        stored.set(2, chain.appended().get(1));

        assertThat(AuditVerifier.verify(stored, Optional.empty()))
                .isEqualTo(
                        new AuditVerifier.Verdict.Broken(1, "entry 1: says it is entry 2 (one is missing or moved)"));
    }

    @Test
    void running_entryByEntry_givesTheSameVerdictsAsTheWholeList() {
        var chain = AuditChain.start();
        chain.append(released(0, 2));
        chain.append(released(2, 5));
        chain.append(released(5, 9));
        var swapped = new ArrayList<>(chain.appended());
        swapped.set(1, chain.appended().get(2));
        swapped.set(2, chain.appended().get(1));

        for (List<SealedEntry> entries : List.of(chain.appended(), swapped)) {
            var running = new AuditVerifier.Running();
            entries.forEach(running::accept);
            assertThat(running.finish(Optional.empty())).isEqualTo(AuditVerifier.verify(entries, Optional.empty()));
        }
        var running = new AuditVerifier.Running();
        assertThat(running.accept(swapped.get(0))).isEmpty();
        assertThat(running.accept(swapped.get(1))).isPresent();
        // The first failure stays the verdict, even when a later entry would pass on its own.
        assertThat(running.accept(swapped.get(2)).orElseThrow().index()).isEqualTo(1);
        assertThat(new AuditVerifier.Running().finish(Optional.empty()))
                .isEqualTo(new AuditVerifier.Verdict.Intact(0, "00".repeat(32)));
    }

    @Test
    void verify_lastEntryCutOff_isCaughtByTheRecordedHead() {
        var chain = AuditChain.start();
        chain.append(released(0, 2));
        chain.append(released(2, 5));
        List<SealedEntry> cut = chain.appended().subList(0, 1);

        assertThat(AuditVerifier.verify(cut, Optional.empty())).isInstanceOf(AuditVerifier.Verdict.Intact.class);
        assertThat(AuditVerifier.verify(cut, Optional.of(chain.headHex())))
                .isInstanceOfSatisfying(AuditVerifier.Verdict.Broken.class, b -> {
                    assertThat(b.index()).isEqualTo(1);
                    assertThat(b.message()).endsWith("(entries were cut off or replaced)");
                });
    }

    @Test
    void resumeAfter_lastStoredEntry_continuesTheSameChain() {
        var first = AuditChain.start();
        first.append(released(0, 2));
        SealedEntry last = first.append(new AuditEvent.AgreementChanged(
                T, "dza-usa-maritime", 2, "admin", List.of("status: IN_FORCE -> SUSPENDED")));

        var resumed = AuditChain.resumeAfter(last);
        SealedEntry next = resumed.append(released(2, 3));

        var all = new ArrayList<>(first.appended());
        all.add(next);
        assertThat(AuditVerifier.verify(all, Optional.of(resumed.headHex())))
                .isEqualTo(new AuditVerifier.Verdict.Intact(3, resumed.headHex()));
    }

    @Test
    void decode_trailingByte_isMalformedAtItsOffset() {
        byte[] bytes = AuditEncoding.encode(0, new byte[32], released(0, 2));
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);

        assertThat(AuditEncoding.decode(longer))
                .isEqualTo(new AuditEncoding.Decoded.Malformed(bytes.length, "1 bytes after the end of the entry"));
    }

    @Test
    void agreementChanged_of_recordsTheVersionAndEachChange() {
        var v1 = Fixtures.inForce();
        var v2 = v1.withStatus(io.jisr.exchange.agreement.AgreementStatus.SUSPENDED);

        var event = AuditEvent.AgreementChanged.of(
                T, "admin", v2, io.jisr.exchange.agreement.AgreementDiff.between(v1, v2));

        assertThat(event)
                .isEqualTo(new AuditEvent.AgreementChanged(
                        T, "dza-usa-maritime", 2, "admin", List.of("status: IN_FORCE -> SUSPENDED")));
    }
}
