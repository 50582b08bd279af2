package io.jisr.sar.env;

import static org.assertj.core.api.Assertions.assertThat;

import io.jisr.sar.SarInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * Damaged forecast files: the reader either reads them (a byte of data changed) or says the file is
 * unusable with a {@link SarInputException}; it never fails otherwise or hangs.
 */
class NetcdfFuzzTest {
    static final byte[] ORIGINAL = original();

    static byte[] original() {
        try {
            return Files.readAllBytes(NetcdfForecastTest.fixture("grid_both.nc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void read_damagedFile_readsOrRejectsClearly(@ForAll("damaged") byte[] bytes) {
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                NetcdfForecast forecast = NetcdfForecast.read(bytes, "damaged.nc");
                assertThat(forecast.wind().isPresent() || forecast.current().isPresent())
                        .isTrue();
            } catch (SarInputException e) {
                assertThat(e.getMessage()).startsWith("damaged.nc");
            }
        });
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, ORIGINAL.length - 1);
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> truncate = Arbitraries.integers().between(0, ORIGINAL.length);
        return Combinators.combine(position, value, count, truncate).as((p, v, n, t) -> {
            byte[] copy = Arrays.copyOf(ORIGINAL, ORIGINAL.length);
            for (int k = 0; k < n; k++) {
                copy[(p + k * 977) % copy.length] = (byte) (v + k * 31);
            }
            return t % 5 == 0 ? Arrays.copyOf(copy, t) : copy;
        });
    }
}
