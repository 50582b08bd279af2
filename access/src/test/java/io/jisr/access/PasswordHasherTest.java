package io.jisr.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** A low cost for speed; the node's cost is tested once below. */
    static final Argon2Parameters CHEAP = new Argon2Parameters(64, 1, 1);

    private final PasswordHasher hasher = new PasswordHasher(CHEAP, new SplittableRandom(7));

    @Test
    void hash_verify_roundTripsAndRefusesOthers() {
        String phc = hasher.hash("correct horse battery staple");
        assertThat(phc).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(hasher.verify("correct horse battery staple", phc)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler", phc)).isFalse();
        assertThat(hasher.hash("correct horse battery staple")).isNotEqualTo(phc);
    }

    @Test
    void hash_nodeCost_isTheOwaspSetting() {
        PasswordHasher node = new PasswordHasher(Argon2Parameters.OWASP, new SplittableRandom(1));
        String phc = node.hash("correct horse battery staple");
        assertThat(phc).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(node.verify("correct horse battery staple", phc)).isTrue();
        assertThat(node.needsRehash(phc)).isFalse();
        assertThat(hasher.needsRehash(phc)).isTrue();
        assertThat(hasher.verify("correct horse battery staple", phc)).isTrue();
    }

    /** RFC 9106 section 5.3 test vector for Argon2id (with secret and associated data, so through BouncyCastle). */
    @Test
    void bouncyCastle_argon2id_matchesRfc9106Vector() {
        byte[] password = new byte[32];
        java.util.Arrays.fill(password, (byte) 1);
        byte[] salt = new byte[16];
        java.util.Arrays.fill(salt, (byte) 2);
        byte[] secret = new byte[8];
        java.util.Arrays.fill(secret, (byte) 3);
        byte[] ad = new byte[12];
        java.util.Arrays.fill(ad, (byte) 4);
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(new org.bouncycastle.crypto.params.Argon2Parameters.Builder(
                        org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_id)
                .withVersion(org.bouncycastle.crypto.params.Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(32)
                .withIterations(3)
                .withParallelism(4)
                .withSalt(salt)
                .withSecret(secret)
                .withAdditional(ad)
                .build());
        byte[] tag = new byte[32];
        g.generateBytes(password, tag);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void verify_utf8Password_isHashedAsUtf8() {
        String phc = hasher.hash("كلمة سر طويلة جدا");
        assertThat(hasher.verify("كلمة سر طويلة جدا", phc)).isTrue();
        assertThat(new String("كلمة".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("كلمة");
    }

    @Test
    void parse_hostileStrings_areRefusedClearly() {
        assertThatThrownBy(() -> PhcString.parse("$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password hash must start with $argon2id$v=19$");
        assertThatThrownBy(
                        () -> PhcString.parse("$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"))
                .hasMessage("Argon2 memory must be within 8..1048576 KiB, was 99999999");
        assertThatThrownBy(() -> PhcString.parse("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$!!"))
                .hasMessage("password hash hash is not valid Base64");
        assertThatThrownBy(() -> PhcString.parse("$argon2id$v=19$m=6x,t=1,p=1$c2FsdHNhbHQ$aGFzaA"))
                .hasMessage("password hash parameter m= must be digits only");
    }

    @Test
    void parse_text_roundTrips() {
        String phc = hasher.hash("correct horse battery staple");
        assertThat(PhcString.parse(phc).text()).isEqualTo(phc);
    }

    @Property(tries = 2000)
    void parse_anyText_throwsOnlyIllegalArgument(@ForAll String text) {
        assertPhcParse("$argon2id$v=19$" + text);
        assertPhcParse(text);
    }

    @Property(tries = 1000)
    void parse_mutatedValidString_throwsOnlyIllegalArgument(@ForAll int position, @ForAll char replacement) {
        String valid = "$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA";
        int at = Math.floorMod(position, valid.length());
        assertPhcParse(valid.substring(0, at) + replacement + valid.substring(at + 1));
    }

    private static void assertPhcParse(String text) {
        try {
            PhcString.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
