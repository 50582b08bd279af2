package io.jisr.exchange.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.Fixtures;
import io.jisr.exchange.GeoPoint;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written content name check is the documented rule, {@code [A-Za-z][A-Za-z0-9_.-]{0,63}}. */
class ContentNameTest {
    private static final Pattern RULE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    @Provide
    Arbitrary<String> names() {
        // Mostly near the rule (its characters, around its length limit), some anything at all.
        Arbitrary<String> near = Arbitraries.strings()
                .withChars("aZ09_.-é $/")
                .withCharRange('A', 'C')
                .ofMinLength(0)
                .ofMaxLength(70);
        return Arbitraries.oneOf(near, Arbitraries.strings().ofMaxLength(70));
    }

    @Property(tries = 3000)
    void isContentName_isTheRule(@ForAll("names") String name) {
        assertThat(ShareableRecord.isContentName(name))
                .isEqualTo(RULE.matcher(name).matches());
    }

    @Property(tries = 300)
    void aRecordWithAName_isMadeExactlyWhenTheRuleHolds(@ForAll("names") String name) {
        ShareableRecord base = Fixtures.position(
                GeoPoint.of(36.8, 3.1), Instant.parse("2026-11-26T10:00:00Z"), Fixtures.cargoShip(Fixtures.DZA));
        TreeMap<String, String> content = new TreeMap<>(Map.of(name, "x"));
        if (RULE.matcher(name).matches()) {
            assertThat(record(base, content).content()).containsEntry(name, "x");
        } else {
            assertThatThrownBy(() -> record(base, content))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("content field name must be 1 to 64 of letters");
        }
    }

    private static ShareableRecord record(ShareableRecord base, TreeMap<String, String> content) {
        return new ShareableRecord(
                base.key(),
                base.category(),
                base.origin(),
                base.observedAt(),
                base.position(),
                base.subject(),
                content,
                Optional.empty(),
                Optional.empty());
    }
}
