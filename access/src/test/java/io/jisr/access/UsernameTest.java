package io.jisr.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class UsernameTest {

    @Test
    void of_upperCase_isLowerCased() {
        assertThat(Username.of("Watch.Officer-1_b").value()).isEqualTo("watch.officer-1_b");
    }

    @Test
    void of_badCharacter_saysWhichAndWhere() {
        assertThatThrownBy(() -> Username.of("ali ce"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("username may hold only a-z, 0-9, '.', '_' and '-', found ' ' at position 4");
        // Dotted capital I lower-cases to i and a combining dot: a look-alike, refused.
        assertThatThrownBy(() -> Username.of("al\u0130ce"))
                .hasMessage("username may hold only a-z, 0-9, '.', '_' and '-', found U+0307 at position 4");
    }

    @Test
    void of_emptyOrTooLong_isRefused() {
        assertThatThrownBy(() -> Username.of("")).hasMessage("username must not be empty");
        assertThatThrownBy(() -> Username.of(null)).hasMessage("username must not be empty");
        assertThatThrownBy(() -> Username.of("a".repeat(65)))
                .hasMessage("username must be at most 64 characters, was 65");
    }

    @Property
    void of_anyText_isAcceptedOrRefusedWithIllegalArgument(@ForAll @StringLength(max = 80) String text) {
        try {
            Username name = Username.of(text);
            assertThat(name.value()).matches("[a-z0-9._-]{1,64}");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("username ");
        }
    }
}
