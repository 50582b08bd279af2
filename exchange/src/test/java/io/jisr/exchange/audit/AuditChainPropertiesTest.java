package io.jisr.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.Nation;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.Partner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class AuditChainPropertiesTest {

    @Property(tries = 1000)
    void verify_anySingleByteChange_isReportedAtThatEntry(
            @ForAll("chains") List<AuditEvent> events,
            @ForAll int entryPick,
            @ForAll int bytePick,
            @ForAll("nonZeroBytes") byte flip) {
        List<SealedEntry> stored = seal(events);
        int i = Math.floorMod(entryPick, stored.size());
        SealedEntry victim = stored.get(i);
        byte[] content = victim.content();
        byte[] hash = victim.hash();
        int at = Math.floorMod(bytePick, content.length + hash.length);
        if (at < content.length) {
            content[at] ^= flip;
        } else {
            hash[at - content.length] ^= flip;
        }
        var tampered = new ArrayList<>(stored);
        tampered.set(i, new SealedEntry(content, hash));

        AuditVerifier.Verdict verdict = AuditVerifier.verify(tampered, Optional.empty());

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        AuditVerifier.Verdict.Broken.class,
                        b -> assertThat(b.index()).isEqualTo(i));
    }

    @Property(tries = 300)
    void verify_untouchedChain_isIntactWithItsHead(@ForAll("chains") List<AuditEvent> events) {
        var chain = AuditChain.start();
        events.forEach(chain::append);

        assertThat(AuditVerifier.verify(chain.appended(), Optional.of(chain.headHex())))
                .isEqualTo(new AuditVerifier.Verdict.Intact(events.size(), chain.headHex()));
    }

    @Property(tries = 300)
    void verify_entryRemoved_isReportedWhereTheGapIs(@ForAll("chains") List<AuditEvent> events, @ForAll int pick) {
        List<SealedEntry> stored = new ArrayList<>(seal(events));
        var chain = AuditChain.start();
        events.forEach(chain::append);
        int i = Math.floorMod(pick, stored.size());
        stored.remove(i);

        AuditVerifier.Verdict verdict = AuditVerifier.verify(stored, Optional.of(chain.headHex()));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        AuditVerifier.Verdict.Broken.class,
                        b -> assertThat(b.index()).isEqualTo(i));
    }

    @Property(tries = 500)
    void decode_encodedEvent_givesItBack(@ForAll("events") AuditEvent event, @ForAll long index) {
        byte[] previous = AuditEncoding.sha256(new byte[] {(byte) index});
        byte[] bytes = AuditEncoding.encode(index, previous, event);

        assertThat(AuditEncoding.decode(bytes)).isInstanceOfSatisfying(AuditEncoding.Decoded.Entry.class, e -> {
            assertThat(e.index()).isEqualTo(index);
            assertThat(e.previousHashBytes()).isEqualTo(previous);
            assertThat(e.event()).isEqualTo(event);
        });
    }

    @Property(tries = 2000)
    void decode_hostileBytes_neverThrows(@ForAll @Size(max = 300) byte[] bytes) {
        assertThat(AuditEncoding.decode(bytes)).isNotNull();
    }

    @Property(tries = 2000)
    void decode_mutatedEntry_neverThrowsAndReEncodesExactly(
            @ForAll("events") AuditEvent event, @ForAll int at, @ForAll byte value, @ForAll boolean cut) {
        byte[] bytes = AuditEncoding.encode(7, new byte[32], event);
        int i = Math.floorMod(at, bytes.length);
        byte[] mutated = cut ? java.util.Arrays.copyOf(bytes, i) : bytes.clone();
        if (!cut) {
            mutated[i] = value;
        }

        // whatever decodes must be canonical: its encoding is the same bytes
        if (AuditEncoding.decode(mutated) instanceof AuditEncoding.Decoded.Entry e) {
            assertThat(AuditEncoding.encode(e.index(), e.previousHashBytes(), e.event()))
                    .isEqualTo(mutated);
        }
    }

    static List<SealedEntry> seal(List<AuditEvent> events) {
        var chain = AuditChain.start();
        events.forEach(chain::append);
        return chain.appended();
    }

    @Provide
    Arbitrary<Byte> nonZeroBytes() {
        return Arbitraries.bytes().filter(b -> b != 0);
    }

    @Provide
    Arbitrary<List<AuditEvent>> chains() {
        return events().list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<AuditEvent> events() {
        Arbitrary<Instant> times = Arbitraries.longs()
                .between(0, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
        Arbitrary<Partner> partners = Combinators.combine(
                        Arbitraries.of("DZA", "USA", "FRA").map(Nation::of),
                        Arbitraries.strings()
                                .withCharRange('a', 'z')
                                .ofMinLength(1)
                                .ofMaxLength(12)
                                .map(NodeId::of))
                .as(Partner::new);
        Arbitrary<List<CategoryCount>> counts = Combinators.combine(
                        Arbitraries.of("vessel-positions", "sightings", "sar-cases"),
                        Arbitraries.integers().between(0, 10_000))
                .as(CategoryCount::new)
                .list()
                .ofMaxSize(3);
        Arbitrary<long[]> ranges = Combinators.combine(
                        Arbitraries.longs().between(0, 1_000_000),
                        Arbitraries.longs().between(0, 5000))
                .as((a, n) -> new long[] {a, a + n});
        Arbitrary<AuditEvent> released = Combinators.combine(times, partners, counts, ranges)
                .as((t, p, c, r) -> new AuditEvent.BatchReleased(t, p, c, r[0], r[1]));
        Arbitrary<AuditEvent> received = Combinators.combine(times, partners, counts, ranges)
                .as((t, p, c, r) -> new AuditEvent.BatchReceived(t, p, c, r[0], r[1]));
        Arbitrary<AuditEvent> changed = Combinators.combine(
                        times,
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.integers().between(1, 1000),
                        Arbitraries.strings().ofMaxLength(20).filter(AuditChainPropertiesTest::wellFormed),
                        Arbitraries.strings()
                                .ofMaxLength(60)
                                .filter(AuditChainPropertiesTest::wellFormed)
                                .list()
                                .ofMaxSize(4))
                .as(AuditEvent.AgreementChanged::new);
        return Arbitraries.oneOf(released, received, changed);
    }

    /** Text without lone surrogates, which UTF-8 cannot carry. */
    static boolean wellFormed(String s) {
        return java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s);
    }
}
