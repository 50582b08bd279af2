package io.jisr.programme.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.programme.Nation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AcquisitionCaseTest {
    private static final Nation DZA = Nation.of("DZA");
    private static final Nation FRA = Nation.of("FRA");
    private static final LocalDate LOR = LocalDate.of(2025, 1, 5);
    private static final SearchCapability OPV =
            new SearchCapability(12, 72, 0, List.of("surface search radar", "electro-optical turret"));

    private static AcquisitionCase accepted() {
        return AcquisitionCase.requested(
                        "AC-1",
                        DZA,
                        DZA,
                        FRA,
                        "Patrol vessels and radios",
                        new CaseStep(StepKind.LETTER_OF_REQUEST, LOR, "LOR-2025-001"))
                .withStep(new CaseStep(StepKind.OFFER, LOR.plusMonths(3), "LOA-77"))
                .withStep(new CaseStep(StepKind.ACCEPTANCE, LOR.plusMonths(5), "ACC-77"))
                .withLine(new EquipmentLine(
                        "L1",
                        EquipmentCategory.PATROL_VESSELS,
                        "offshore patrol vessel, 60 m",
                        2,
                        Money.of("31500000.00", "EUR"),
                        Optional.of(AssetKind.PATROL_VESSEL)))
                .withLine(new EquipmentLine(
                        "L2",
                        EquipmentCategory.COMMUNICATION_EQUIPMENT,
                        "HF radio sets",
                        40,
                        Money.of("12500", "USD"),
                        Optional.empty()));
    }

    @Test
    void steps_mustFollowTheOrder_namingBoth() {
        AcquisitionCase c = AcquisitionCase.requested(
                "AC-1", DZA, DZA, FRA, "t", new CaseStep(StepKind.LETTER_OF_REQUEST, LOR, "LOR-1"));
        assertThatThrownBy(() -> c.withStep(new CaseStep(StepKind.ACCEPTANCE, LOR, "A")))
                .hasMessage("case AC-1: ACCEPTANCE cannot follow LETTER_OF_REQUEST");
        assertThatThrownBy(() -> c.withStep(new CaseStep(StepKind.OFFER, LOR.minusDays(1), "O")))
                .hasMessage("case AC-1: OFFER dated 2025-01-04 is before the LETTER_OF_REQUEST of 2025-01-05");
        AcquisitionCase amended = accepted()
                .withStep(new CaseStep(StepKind.AMENDMENT, LOR.plusMonths(8), "AMD-1"))
                .withStep(new CaseStep(StepKind.AMENDMENT, LOR.plusMonths(9), "AMD-2"));
        assertThat(amended.steps())
                .extracting(CaseStep::reference)
                .containsExactly("LOR-2025-001", "LOA-77", "ACC-77", "AMD-1", "AMD-2");
    }

    @Test
    void totals_arePerCurrency() {
        assertThat(accepted().totals())
                .containsExactly(
                        Map.entry(Currency.getInstance("EUR"), new BigDecimal("63000000.00")),
                        Map.entry(Currency.getInstance("USD"), new BigDecimal("500000")));
    }

    @Test
    void money_refusesUnknownCurrencyAndTooManyDecimals() {
        assertThatThrownBy(() -> Money.of("1", "EUX"))
                .hasMessage("currency must be an ISO 4217 code such as EUR, was EUX");
        assertThatThrownBy(() -> Money.of("1.5", "JPY")).hasMessage("amount 1.5 has more decimals than JPY allows (0)");
        assertThatThrownBy(() -> Money.of("-1", "EUR")).hasMessage("amount must not be negative, was -1 EUR");
    }

    @Test
    void deliver_trackableLine_createsOneAssetPerUnit() {
        DeliveryOutcome outcome = accepted()
                .deliver(
                        "L1",
                        LocalDate.of(2026, 6, 1),
                        1,
                        List.of(new AssetDetails("ASSET-1", "El Moudamir", "P-701", Optional.of(OPV))));
        assertThat(outcome).isInstanceOf(DeliveryOutcome.Delivered.class);
        DeliveryOutcome.Delivered delivered = (DeliveryOutcome.Delivered) outcome;
        Asset asset = delivered.assets().get(0);
        assertThat(asset.owningSide()).isEqualTo(DZA);
        assertThat(asset.kind()).isEqualTo(AssetKind.PATROL_VESSEL);
        assertThat(asset.search()).contains(OPV);
        assertThat(asset.caseId()).isEqualTo("AC-1");
        assertThat(delivered.acquisitionCase().deliveredQuantity("L1")).isEqualTo(1);
        assertThat(delivered.acquisitionCase().deliveries().get(0).assetIds()).containsExactly("ASSET-1");
    }

    @Test
    void deliver_refusals_sayWhy() {
        AcquisitionCase c = accepted();
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(c.deliver("L2", day, 41, List.of()))
                .isEqualTo(new DeliveryOutcome.Refused(
                        "line L2 has 40 ordered and 0 delivered; 41 more would exceed the order"));
        assertThat(c.deliver("L9", day, 1, List.of()))
                .isEqualTo(new DeliveryOutcome.Refused("case AC-1 has no equipment line \"L9\""));
        assertThat(c.deliver("L1", day, 2, List.of()))
                .isEqualTo(new DeliveryOutcome.Refused(
                        "line L1 is tracked unit by unit: 2 units need 2 asset details, got 0"));
        assertThat(c.deliver("L1", day, 1, List.of(new AssetDetails("A", "n", "r", Optional.empty()))))
                .isEqualTo(new DeliveryOutcome.Refused("line L1: asset A (PATROL_VESSEL) needs a search capability"));
        AcquisitionCase requestOnly = AcquisitionCase.requested(
                "AC-2", DZA, DZA, FRA, "t", new CaseStep(StepKind.LETTER_OF_REQUEST, LOR, "LOR-2"));
        assertThat(requestOnly.deliver("L1", day, 1, List.of()))
                .isEqualTo(new DeliveryOutcome.Refused("case AC-2 has no acceptance yet; nothing can be delivered"));
    }

    @Test
    void milestones_lateAndComing() {
        AcquisitionCase c = accepted()
                .withMilestone(new Milestone("sea trials", LocalDate.of(2026, 5, 1), Optional.empty()))
                .withMilestone(new Milestone("handover", LocalDate.of(2026, 6, 10), Optional.empty()));
        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(c.lateMilestones(day)).extracting(Milestone::name).containsExactly("sea trials");
        assertThat(c.comingMilestones(day, 9)).extracting(Milestone::name).containsExactly("handover");
        assertThat(c.comingMilestones(day, 8)).isEmpty();
        AcquisitionCase reached = c.milestoneReached("sea trials", LocalDate.of(2026, 5, 20));
        assertThat(reached.lateMilestones(day)).isEmpty();
        assertThat(reached.milestones().get(0).wasReachedLate()).isTrue();
    }

    /** Whatever the deliveries attempted, the delivered quantity never exceeds the order, and refusals change nothing. */
    @Property(tries = 200)
    void deliver_neverExceedsTheOrder(@ForAll("quantities") List<Integer> attempts) {
        AcquisitionCase c = accepted();
        int accepted = 0;
        for (int q : attempts) {
            DeliveryOutcome outcome = c.deliver("L2", LocalDate.of(2026, 1, 1), q, List.of());
            if (outcome instanceof DeliveryOutcome.Delivered d) {
                c = d.acquisitionCase();
                accepted += q;
            }
        }
        assertThat(c.deliveredQuantity("L2")).isEqualTo(accepted).isLessThanOrEqualTo(40);
    }

    @Provide
    Arbitrary<List<Integer>> quantities() {
        return Arbitraries.integers().between(-2, 25).list().ofMaxSize(10);
    }

    /** Totals per currency equal the sum of the lines of that currency, and no currency is mixed in. */
    @Property(tries = 200)
    void totals_equalThePerCurrencySums(@ForAll("lines") List<EquipmentLine> lines) {
        AcquisitionCase c = AcquisitionCase.requested(
                "AC-1", DZA, DZA, FRA, "t", new CaseStep(StepKind.LETTER_OF_REQUEST, LOR, "LOR-1"));
        Map<String, BigDecimal> expected = new HashMap<>();
        List<EquipmentLine> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            EquipmentLine l = lines.get(i);
            EquipmentLine line = new EquipmentLine(
                    "L" + i, l.category(), l.description(), l.quantity(), l.unitValue(), l.trackable());
            numbered.add(line);
            c = c.withLine(line);
            BigDecimal lineValue = l.unitValue().amount().multiply(BigDecimal.valueOf(l.quantity()));
            expected.merge(l.unitValue().currency().getCurrencyCode(), lineValue, BigDecimal::add);
        }
        Map<String, BigDecimal> actual = new HashMap<>();
        c.totals().forEach((currency, amount) -> actual.put(currency.getCurrencyCode(), amount));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((code, amount) -> assertThat(actual.get(code)).isEqualByComparingTo(amount));
        assertThat(numbered).hasSameSizeAs(lines);
    }

    @Provide
    Arbitrary<List<EquipmentLine>> lines() {
        Arbitrary<Money> money = Combinators.combine(
                        Arbitraries.longs().between(0, 10_000_000_000L), Arbitraries.of("EUR", "USD", "DZD", "JPY"))
                .as((cents, code) -> code.equals("JPY")
                        ? new Money(BigDecimal.valueOf(cents), Currency.getInstance(code))
                        : new Money(BigDecimal.valueOf(cents, 2), Currency.getInstance(code)));
        return Combinators.combine(
                        Arbitraries.of(EquipmentCategory.class),
                        Arbitraries.integers().between(1, 500),
                        money)
                .as((category, quantity, value) ->
                        new EquipmentLine("X", category, "item", quantity, value, Optional.empty()))
                .list()
                .ofMaxSize(8);
    }
}
