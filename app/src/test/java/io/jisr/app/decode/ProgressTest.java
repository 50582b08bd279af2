package io.jisr.app.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void update_notATerminal_drawsNothing() {
        Progress progress = new Progress(err, false, System.nanoTime() - 10_000_000_000L);

        progress.update("in.nmea", () -> 5);
        progress.clear();

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void update_withinTheFirstTwoSeconds_drawsNothing() {
        Progress progress = new Progress(err, true, System.nanoTime());

        progress.update("in.nmea", () -> 5);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void update_afterTwoSeconds_drawsOneLineAndClearErasesIt() {
        Progress progress = new Progress(err, true, System.nanoTime() - 3_000_000_000L);

        progress.update("in.nmea", () -> 1_234_567);
        progress.update("in.nmea", () -> 1_234_568);
        String drawn = text.toString();
        progress.clear();

        assertThat(drawn).matches("\rdecoding in\\.nmea: 1,234,567 lines, [\\d,]+ lines/s, 3 s");
        assertThat(text.toString()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r");
    }
}
