package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.agreement.AgreementId;
import io.jisr.exchange.record.ReleaseGrant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The terms stored beside an outbound record read back as the category and grant they were written from,
 * whatever the annex id holds, through the UTF-8 the store keeps them in, and never hold ':' (the store's field
 * separator); a text not of their form
 * reads as none, so that the record itself is read instead.
 */
class EntryTermsTest {
    @Provide
    Arbitrary<String> annexIds() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars(":%/3A25a \uD800\uDC00").ofMaxLength(12));
    }

    @Property(tries = 1000)
    void terms_readBackAsWritten_andHoldNoColon(
            @ForAll("annexIds") String annexId,
            @ForAll @IntRange(min = 0, max = 6) int category,
            @ForAll @IntRange(min = 1, max = 100_000) int version) {
        DataCategory written = DataCategory.BUILT_IN.get(category);
        ReleaseGrant grant = new ReleaseGrant(AgreementId.of("dza-usa.maritime_2026"), version, annexId);

        String text = new EntryTerms().write(written, grant);
        String stored = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThat(text).doesNotContain(":");
        assertThat(stored).isEqualTo(text);
        assertThat(new EntryTerms().read(stored)).contains(new EntryTerms.Terms(written, grant));
    }

    @Test
    void aWriterAndAReader_giveTheRightTerms_whenTheyChange() {
        ReleaseGrant a1 = new ReleaseGrant(AgreementId.of("dza-usa"), 1, "A1");
        ReleaseGrant a2 = new ReleaseGrant(AgreementId.of("dza-usa"), 1, "A2");
        EntryTerms writer = new EntryTerms();
        EntryTerms reader = new EntryTerms();
        List<EntryTerms.Terms> terms = List.of(
                new EntryTerms.Terms(DataCategory.VESSEL_POSITIONS, a1),
                new EntryTerms.Terms(DataCategory.VESSEL_POSITIONS, a1),
                new EntryTerms.Terms(DataCategory.VESSEL_STATIC, a1),
                new EntryTerms.Terms(DataCategory.VESSEL_STATIC, a2),
                new EntryTerms.Terms(DataCategory.VESSEL_POSITIONS, a1));

        for (EntryTerms.Terms t : terms) {
            String text = writer.write(t.category(), t.grant());
            assertThat(text).isEqualTo(new EntryTerms().write(t.category(), t.grant()));
            assertThat(reader.read(text)).contains(t);
        }
        assertThat(writer.write(DataCategory.VESSEL_POSITIONS, a1)).isEqualTo("vessel-positions/dza-usa/1/A1");
    }

    @Test
    void aTextNotOfTheForm_readsAsNone() {
        EntryTerms reader = new EntryTerms();
        for (String text : List.of(
                "",
                "vessel-positions/dza-usa/1",
                "no-such-category/dza-usa/1/A1",
                "vessel-positions/dza usa/1/A1",
                "vessel-positions/dza-usa/one/A1",
                "vessel-positions/dza-usa/1/A%3",
                "vessel-positions/dza-usa/1/A%zz3A")) {
            assertThat(reader.read(text)).as(text).isEmpty();
        }
        assertThat(reader.read("sar-cases/dza-usa/2/A/3")).isPresent();
    }
}
