package io.jisr.ais.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BitBufferTest {

    /** The reference: one character at a time through the armour table. */
    static long reference(byte[] eight) {
        long v = 0;
        for (byte b : eight) {
            int six = BitBuffer.armorValue(b & 0xFF);
            if (six < 0 || b < 0) {
                return -1;
            }
            v = v << 6 | six;
        }
        return v;
    }

    @Property(tries = 20000)
    void dearmor8_anyEightBytes_agreesWithTheTable(@ForAll @Size(8) byte[] eight) {
        long word = 0;
        for (byte b : eight) {
            word = word << 8 | (b & 0xFF);
        }
        assertThat(BitBuffer.dearmor8(word)).isEqualTo(reference(eight));
    }

    @Property(tries = 5000)
    void dearmor8_eightArmourCharacters_agreesWithTheTable(@ForAll("armour") String text) {
        byte[] eight = text.getBytes(StandardCharsets.US_ASCII);
        long word = 0;
        for (byte b : eight) {
            word = word << 8 | (b & 0xFF);
        }
        assertThat(BitBuffer.dearmor8(word)).isEqualTo(reference(eight)).isNotNegative();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> armour() {
        return net.jqwik.api.Arbitraries.strings()
                .withCharRange('0', 'W')
                .withCharRange('`', 'w')
                .ofLength(8);
    }

    @Test
    void dearmor8_everyBoundaryCharacter_isClassifiedAsTheTableSays() {
        for (int c = 0; c < 256; c++) {
            byte[] eight = {'0', '0', '0', (byte) c, 'w', 'W', '`', '0'};
            long word = 0;
            for (byte b : eight) {
                word = word << 8 | (b & 0xFF);
            }
            assertThat(BitBuffer.dearmor8(word)).as("character %d", c).isEqualTo(reference(eight));
        }
    }

    @Test
    void appendArmored_badCharacterAfterTwoGroups_reportsItsOffsetAndAppendsNothing() {
        BitBuffer bits = new BitBuffer();
        byte[] payload = "15RTgt0PAso;90TK~jM8h6g208CQ".getBytes(StandardCharsets.US_ASCII);
        assertThat(bits.appendArmored(payload, 0, payload.length)).isEqualTo(16);
        assertThat(bits.length()).isZero();
    }
}
