package io.jisr.app.sar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.SarCaseStore;
import io.jisr.sar.drift.Position;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The case book's side of sharing: who may share and hand over, what is sent to whom, and which received
 * versions are taken (newer, from the holder), ignored (not newer) or refused (not the sender's to change).
 */
class SarCaseSharingTest {
    static final RescueCentre ALGIERS = new RescueCentre("DZA", "dza-1");
    static final RescueCentre NORFOLK = new RescueCentre("USA", "usa-1");
    static final RescueCentre ROTA = new RescueCentre("ESP", "esp-1");
    static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");
    static final LastKnownPosition LKP = new LastKnownPosition.PointLkp(new Position(36.85, 3.1), T0, 300);

    private final MemoryStore store = new MemoryStore();
    private final SarCaseBook book = new SarCaseBook(store, InstantSource.fixed(T0.plusSeconds(600)));
    private final FakePartners partners = new FakePartners();

    @Test
    void withoutFederation_aShareIsAConflict() {
        book.open("VHF 16", 44, LKP, 6, "sara");
        assertThatThrownBy(() -> book.share("SAR-2026-001", "USA", "sara"))
                .isInstanceOfSatisfying(
                        SharingRefused.class, e -> assertThat(e.kind()).isEqualTo(SharingRefused.Kind.CONFLICT))
                .hasMessage("this node has no federation partners");
    }

    @Test
    void share_sendsTheCaseAndEveryLaterChange_toThePartnerOnly() {
        book.connect(partners);
        book.open("VHF 16", 44, LKP, 6, "sara");
        assertThat(partners.sent).isEmpty();
        assertThatThrownBy(() -> book.share("SAR-2026-001", "FRA/fra-1", "sara"))
                .isInstanceOfSatisfying(
                        SharingRefused.class, e -> assertThat(e.kind()).isEqualTo(SharingRefused.Kind.UNKNOWN_PARTNER))
                .hasMessage("is not one of this node's partners [USA/usa-1, ESP/esp-1]");
        assertThat(book.share("NOPE", "USA", "sara")).isEmpty();

        SarCase shared = book.share("SAR-2026-001", "USA", "sara").orElseThrow();
        assertThat(shared.custody().followers()).containsExactly(NORFOLK);
        book.change("SAR-2026-001", (c, at) -> c.withPersonsOnBoard(5, "sara", at));
        assertThat(partners.sent).containsExactly("USA/usa-1 v2", "USA/usa-1 v3");
        assertThat(store.saved.get("SAR-2026-001").version()).isEqualTo(3);
        // Sharing again changes nothing and sends nothing.
        book.share("SAR-2026-001", "USA/usa-1", "sara");
        assertThat(partners.sent).hasSize(2);
    }

    @Test
    void aShareTheAgreementsWouldNotSend_isAConflict_andNothingIsStored() {
        partners.refusal = Optional.of("no annex in force releases sar-cases from DZA to ESP");
        book.connect(partners);
        book.open("VHF 16", 44, LKP, 6, "sara");
        assertThatThrownBy(() -> book.handOver("SAR-2026-001", "ESP", "sara"))
                .isInstanceOfSatisfying(
                        SharingRefused.class, e -> assertThat(e.kind()).isEqualTo(SharingRefused.Kind.CONFLICT))
                .hasMessage("case SAR-2026-001 cannot go to ESP/esp-1: no annex in force releases sar-cases from DZA"
                        + " to ESP");
        assertThat(store.saved.get("SAR-2026-001").version()).isEqualTo(1);
        assertThat(partners.sent).isEmpty();
    }

    @Test
    void handOver_sendsTheCaseToItsNewHolder_andThisNodesCopyRefusesChanges() {
        book.connect(partners);
        book.open("VHF 16", 44, LKP, 6, "sara");
        SarCase handed = book.handOver("SAR-2026-001", "USA", "sara").orElseThrow();
        assertThat(handed.custody().holder()).contains(NORFOLK);
        assertThat(partners.sent).containsExactly("USA/usa-1 v2");
        assertThatThrownBy(() -> book.change("SAR-2026-001", (c, at) -> c.withPersonsOnBoard(5, "sara", at)))
                .isInstanceOf(CaseHeldElsewhere.class)
                .hasMessage("case SAR-2026-001 is held by USA/usa-1; this node's copy is read-only");
        assertThatThrownBy(() -> book.handOver("SAR-2026-001", "ESP", "sara")).isInstanceOf(CaseHeldElsewhere.class);

        // The new holder's update comes back and is taken; an older or repeated one is not.
        SarCase theirs = handed.withPersonsOnBoard(4, "pat@USA/usa-1", T0.plusSeconds(900));
        assertThat(book.receive(theirs, NORFOLK, ALGIERS)).isEqualTo(new SarCaseBook.Receipt.Applied());
        assertThat(book.receive(theirs, NORFOLK, ALGIERS)).isEqualTo(new SarCaseBook.Receipt.Stale());
        assertThat(book.receive(handed, NORFOLK, ALGIERS)).isEqualTo(new SarCaseBook.Receipt.Stale());
        assertThat(book.find("SAR-2026-001").orElseThrow().personsOnBoard()).isEqualTo(4);
        // Received cases are not sent on.
        assertThat(partners.sent).hasSize(1);
        assertThat(book.sync()).isEqualTo(new SarCaseBook.Sync(1, 2, 0, ""));
    }

    @Test
    void receivedCases_fromAnyoneButTheirHolder_orNotSharedWithThisNode_areRefusedAndCounted() {
        SarCase copy = SarCase.open("SAR-2026-001", "VHF 16", 44, LKP, 6, "pat@USA/usa-1", T0)
                .withCustody(
                        "USA-SAR-2026-001",
                        new CaseCustody(Optional.of(NORFOLK), "SAR-2026-001", Optional.of(NORFOLK), List.of(ALGIERS)));
        assertThat(book.receive(copy, ROTA, ALGIERS))
                .isEqualTo(new SarCaseBook.Receipt.Refused(
                        "ESP/esp-1 sent case SAR-2026-001 of USA/usa-1, held by USA/usa-1, not by the sender"));
        SarCase notOurs = copy.withCustody(
                "USA-SAR-2026-001",
                new CaseCustody(Optional.of(NORFOLK), "SAR-2026-001", Optional.of(NORFOLK), List.of(ROTA)));
        assertThat(book.receive(notOurs, NORFOLK, ALGIERS))
                .isEqualTo(new SarCaseBook.Receipt.Refused(
                        "USA/usa-1 sent case SAR-2026-001 of USA/usa-1, which is not shared with DZA/dza-1"));
        assertThat(book.receive(copy, NORFOLK, ALGIERS)).isEqualTo(new SarCaseBook.Receipt.Applied());
        assertThatThrownBy(() -> book.change("USA-SAR-2026-001", (c, at) -> c.withPersonsOnBoard(5, "sara", at)))
                .isInstanceOf(CaseHeldElsewhere.class);

        // A case this node holds is not replaced by what a partner sends, whatever its version.
        book.open("VHF 16", 44, LKP, 6, "sara");
        SarCase forged =
                book.find("SAR-2026-001").orElseThrow().withPersonsOnBoard(0, "pat@USA/usa-1", T0.plusSeconds(700));
        assertThat(book.receive(forged, NORFOLK, ALGIERS))
                .isEqualTo(new SarCaseBook.Receipt.Refused(
                        "USA/usa-1 sent case SAR-2026-001 of DZA/dza-1, which this node holds; only the holder changes"
                                + " it"));
        assertThat(book.find("SAR-2026-001").orElseThrow().personsOnBoard()).isEqualTo(6);
        assertThat(book.sync().refused()).isEqualTo(3);
        assertThat(book.sync().lastRefusal()).endsWith("only the holder changes it");
    }

    /** Cases kept in a map. */
    static final class MemoryStore implements SarCaseStore {
        final Map<String, SarCase> saved = new LinkedHashMap<>();

        @Override
        public synchronized List<SarCase> load() {
            return List.copyOf(saved.values());
        }

        @Override
        public synchronized void save(SarCase sarCase) {
            saved.put(sarCase.reference(), sarCase);
        }
    }

    /** Two partners; remembers what was sent to whom. */
    static final class FakePartners implements CasePartners {
        final List<String> sent = new ArrayList<>();
        Optional<String> refusal = Optional.empty();

        @Override
        public RescueCentre self() {
            return ALGIERS;
        }

        @Override
        public List<RescueCentre> partners() {
            return List.of(NORFOLK, ROTA);
        }

        @Override
        public Optional<String> refusal(SarCase sarCase, RescueCentre partner) {
            return refusal;
        }

        @Override
        public void send(SarCase sarCase, RescueCentre partner) {
            sent.add(partner + " v" + sarCase.version());
        }
    }
}
