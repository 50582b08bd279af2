package io.jisr.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.sim.geo.GeoPoint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceiverNetworkTest {
    private final List<Receiver> shipped = ReceiverNetwork.shipped();

    @Test
    void hear_farFromEveryReceiver_isNeverHeard() {
        ReceiverNetwork network = new ReceiverNetwork(shipped, 1, 0);
        int[] heard = new int[shipped.size()];
        // The middle of the Balearic Sea is more than 40 NM from every station.
        for (long t = 0; t < 100_000; t += 10) {
            assertThat(network.hear(GeoPoint.of(40.5, 5.5), 123456789, t, 0, heard))
                    .isZero();
        }
    }

    @Test
    void hear_nearTwoStations_isHeardByBoth_mostOfTheTime() {
        ReceiverNetwork network = new ReceiverNetwork(shipped, 1, 0.05);
        int[] heard = new int[shipped.size()];
        int twice = 0;
        for (long t = 0; t < 1000; t++) {
            // Between Oran and Mostaganem, 20 NM from each.
            if (network.hear(GeoPoint.of(36.0, -0.3), 123456789, t * 10_000, 0, heard) == 2) {
                twice++;
            }
        }
        assertThat(twice).isBetween(600, 990);
    }

    @Test
    void hear_isAFunctionOfSeedReceiverMmsiAndTime() {
        ReceiverNetwork a = new ReceiverNetwork(shipped, 7, 0.3);
        ReceiverNetwork b = new ReceiverNetwork(shipped, 7, 0.3);
        int[] ha = new int[shipped.size()];
        int[] hb = new int[shipped.size()];
        for (long t = 0; t < 1000; t++) {
            int na = a.hear(GeoPoint.of(36.9, 3.2), 42, t * 1000, 0, ha);
            int nb = b.hear(GeoPoint.of(36.9, 3.2), 42, t * 1000, 0, hb);
            assertThat(nb).isEqualTo(na);
        }
    }

    @Test
    void ofPartners_keepsOnlyThatPartnersReceivers() {
        assertThat(ReceiverNetwork.ofPartners(shipped, Set.of("DZA")))
                .isNotEmpty()
                .allMatch(r -> r.partner().equals("DZA"));
        assertThatThrownBy(() -> ReceiverNetwork.ofPartners(shipped, Set.of("FRA")))
                .hasMessage("no receiver belongs to partner [FRA]; partners are [DZA, USA]");
    }

    @Test
    void parse_badLine_namesTheLine() {
        assertThatThrownBy(() -> ReceiverNetwork.parse("# c\nA DZA 36 3 40 x\nB DZA 36 north 40\n", "rx.txt"))
                .hasMessage("rx.txt line 3: For input string: \"north\"");
        assertThatThrownBy(() -> ReceiverNetwork.parse("A DZA 36 3 40\nA DZA 36 3 40\n", "rx.txt"))
                .hasMessage("rx.txt line 2: receiver id \"A\" is used twice");
        assertThatThrownBy(() -> ReceiverNetwork.parse("A DZA 36 3 0\n", "rx.txt"))
                .hasMessage("rx.txt line 1: receiver range must be within 0..500 NM, was 0.0");
    }
}
