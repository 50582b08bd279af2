package io.jisr.app.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinePoolTest {

    @Test
    void write_movesTheTimeOn_andKeepsTheTagBlockChecksumValid() {
        LinePool pool = new LinePool(10);
        pool.accept(
                1_795_651_200_001L, "\\s:DZ-JIJ,c:1795651200001*7D\\!AIVDM,1,1,,A,15?CIo001tPI9M0EJo?S>2T00L00,0*78");
        pool.accept(
                1_795_651_260_000L, "\\s:DZ-ANN,c:1795651260000*7D\\!AIVDM,1,1,,A,181jU60025PTKg4E?5joan800L00,0*3D");
        assertThat(pool.spanMillis()).isEqualTo(60_999);
        List<Instant> times = new ArrayList<>();
        List<DecodeError> errors = new ArrayList<>();
        AisDecoder decoder = new AisDecoder(new AisSink() {
            @Override
            public void message(AisMessage message, Reception reception) {
                times.add(reception.receivedAt().orElseThrow());
            }

            @Override
            public void error(DecodeError error) {
                errors.add(error);
            }
        });
        StringBuilder line = new StringBuilder();
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < pool.size(); i++) {
                pool.write(i, pass * pool.spanMillis(), line);
                decoder.decodeLine(line);
            }
        }
        assertThat(errors).isEmpty();
        assertThat(times).hasSize(6).isSorted();
        assertThat(times.get(2)).isEqualTo(Instant.ofEpochMilli(1_795_651_200_001L + 60_999));
    }

    @Test
    void accept_beyondCapacity_isIgnored_andTellsOnceWhenFull() {
        LinePool pool = new LinePool(1);
        int[] full = {0};
        pool.whenFull(() -> full[0]++);
        pool.accept(1, "\\s:A,c:1*00\\!AIVDM,1,1,,A,1,0*00");
        pool.accept(2, "\\s:A,c:2*00\\!AIVDM,1,1,,A,1,0*00");
        assertThat(pool.size()).isEqualTo(1);
        assertThat(full[0]).isEqualTo(1);
    }
}
