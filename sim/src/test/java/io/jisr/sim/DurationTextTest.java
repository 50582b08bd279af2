package io.jisr.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void parse_compactAndIsoForms() {
        assertThat(DurationText.parse("6h")).isEqualTo(Duration.ofHours(6));
        assertThat(DurationText.parse("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse(" 45s ")).isEqualTo(Duration.ofSeconds(45));
        assertThat(DurationText.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationText.parse("PT6H")).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void parse_badForms_sayHowToWriteOne() {
        assertThatThrownBy(() -> DurationText.parse("6 hours"))
                .hasMessage("duration \"6 hours\" is not valid; write it like 6h, 90m, 1h30m, 45s, 2d or PT6H");
        assertThatThrownBy(() -> DurationText.parse("0h")).hasMessage("duration must be positive, was \"0h\"");
        assertThatThrownBy(() -> DurationText.parse("400d"))
                .hasMessage("duration must be at most 366 days, was \"400d\"");
        assertThatThrownBy(() -> DurationText.parse(""))
                .hasMessage("duration must not be empty; write it like 6h, 90m, 1h30m or PT6H");
    }

    @Property(tries = 2000)
    void parse_anyText_givesADurationOrAClearError(@ForAll String text) {
        try {
            Duration d = DurationText.parse(text);
            assertThat(d).isPositive();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("duration");
        }
    }
}
