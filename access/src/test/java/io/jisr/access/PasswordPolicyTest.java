package io.jisr.access;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();
    private final Username alice = Username.of("alice.longname");

    @Test
    void problem_eachRule_saysExactlyWhatIsWrong() {
        assertThat(policy.problem("", alice)).hasValue("password must not be empty");
        assertThat(policy.problem("short pass", alice)).hasValue("password must have at least 12 characters, had 10");
        assertThat(policy.problem("x".repeat(257) + "y", alice))
                .hasValue("password must have at most 256 characters, had 258");
        assertThat(policy.problem("Alice.LongName", alice)).hasValue("password must not be the username");
        assertThat(policy.problem("ZZZZZZZZZZZZZZ", alice)).hasValue("password must not be one character repeated");
        assertThat(policy.problem("201912250815", alice)).hasValue("password must not be digits only");
    }

    @Test
    void problem_longPassphrase_isAccepted() {
        assertThat(policy.problem("correct horse battery staple", alice)).isEmpty();
        assertThat(policy.problem("مرحبا بالعالم الآن", alice)).isEmpty();
    }

    @Test
    void problem_countsCodePointsNotChars() {
        // Eleven emoji are 22 chars but 11 characters: too short.
        assertThat(policy.problem("\uD83D\uDEA2".repeat(5) + "\uD83C\uDF0A".repeat(6), alice))
                .hasValue("password must have at least 12 characters, had 11");
    }

    @Property
    void problem_anyText_neverThrowsAndNeverRepeatsThePassword(@ForAll String password) {
        policy.problem(password, alice).ifPresent(message -> {
            if (password.length() > 3) {
                assertThat(message).doesNotContain(password);
            }
        });
    }
}
