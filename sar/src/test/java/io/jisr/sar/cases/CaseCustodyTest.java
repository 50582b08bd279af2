package io.jisr.sar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sharing a case with a partner's rescue centre and handing it over: who holds it, who follows, the log. */
class CaseCustodyTest {
    static final RescueCentre ALGIERS = new RescueCentre("DZA", "dza-1");
    static final RescueCentre NORFOLK = new RescueCentre("USA", "usa-1");
    static final Instant AT = SarCaseTest.T0.plusSeconds(3600);

    @Test
    void anOpenedCase_isHeldHere_sharedWithNobody_atVersionOne() {
        SarCase c = SarCaseTest.opened();
        assertThat(c.custody()).isEqualTo(CaseCustody.local("SAR-2026-001"));
        assertThat(c.custody().heldHere()).isTrue();
        assertThat(c.custody().isShared()).isFalse();
        assertThat(c.version()).isEqualTo(1);
    }

    @Test
    void sharedWith_addsAFollower_logsIt_andIsIdempotent() {
        SarCase shared = SarCaseTest.opened().sharedWith(NORFOLK, "sara", AT);
        assertThat(shared.custody().followers()).containsExactly(NORFOLK);
        assertThat(shared.custody().heldHere()).isTrue();
        assertThat(shared.log().getLast().action()).isEqualTo(CaseAction.SHARED);
        assertThat(shared.log().getLast().text()).isEqualTo("shared with USA/usa-1");
        assertThat(shared.version()).isEqualTo(2);
        assertThat(shared.sharedWith(NORFOLK, "sara", AT)).isSameAs(shared);
        // Later changes keep the custody.
        assertThat(shared.withPersonsOnBoard(4, "sara", AT).custody()).isEqualTo(shared.custody());
    }

    @Test
    void handedOver_movesTheHolder_keepsThisNodeAsAFollower_andAHandedOverCaseRefusesChanges() {
        SarCase shared = SarCaseTest.opened().sharedWith(NORFOLK, "sara", AT);
        SarCase handed = shared.handedOver(NORFOLK, ALGIERS, "sara", AT.plusSeconds(60));
        assertThat(handed.custody().holder()).contains(NORFOLK);
        assertThat(handed.custody().followers()).containsExactly(ALGIERS);
        assertThat(handed.custody().heldHere()).isFalse();
        assertThat(handed.log().getLast().text()).isEqualTo("handed over to USA/usa-1");
        assertThat(handed.log().getLast().action()).isEqualTo(CaseAction.HANDED_OVER);
        assertThatThrownBy(() -> handed.sharedWith(NORFOLK, "sara", AT.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("case SAR-2026-001 is held by USA/usa-1; only the holder changes it");
        assertThatThrownBy(() -> handed.handedOver(ALGIERS, ALGIERS, "sara", AT.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> shared.handedOver(ALGIERS, ALGIERS, "sara", AT.plusSeconds(120)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case SAR-2026-001 is held by DZA/dza-1 already");
    }

    @Test
    void custody_refusesBadCentresAndAHolderThatFollows() {
        assertThatThrownBy(() -> RescueCentre.parse("dza-1")).hasMessageContaining("NATION/node");
        assertThatThrownBy(() -> RescueCentre.parse("dz/dza-1")).hasMessageContaining("three upper-case letters");
        assertThatThrownBy(() -> RescueCentre.parse("DZA/DZA 1")).hasMessageContaining("node must be");
        assertThat(RescueCentre.parse("DZA/dza-1")).isEqualTo(ALGIERS);
        assertThatThrownBy(() -> new CaseCustody(Optional.empty(), "SAR-1", Optional.of(NORFOLK), List.of(NORFOLK)))
                .hasMessageContaining("is not also a follower");
        assertThatThrownBy(() -> new CaseCustody(Optional.empty(), "SAR 1", Optional.empty(), List.of()))
                .hasMessageContaining("reference at its origin");
    }
}
