package io.jisr.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.exchange.agreement.CertificateFingerprint;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void nation_unassignedOrMalformed_saysWhy() {
        assertThat(Nation.of("DZA").code()).isEqualTo("DZA");
        assertThatThrownBy(() -> Nation.of("QQQ"))
                .hasMessage("nation \"QQQ\" is not an assigned ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> Nation.of("DZ"))
                .hasMessage("nation must be an ISO 3166-1 alpha-3 code of three upper-case letters, was \"DZ\"");
    }

    @Test
    void nodeId_badCharacter_saysWhichOne() {
        assertThatThrownBy(() -> NodeId.of("dza node"))
                .hasMessage("node id may hold only a-z, 0-9, '.', '-' and '_' and must start with a letter or digit;"
                        + " character 4 of \"dza node\" is not allowed");
        assertThatThrownBy(() -> NodeId.of("")).hasMessage("node id must have 1 to 64 characters, had 0");
    }

    @Test
    void fingerprint_opensslForm_isNormalised() {
        String colons = String.join(":", java.util.Collections.nCopies(32, "AB"));

        assertThat(CertificateFingerprint.parse(colons).hex()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> CertificateFingerprint.parse("AB:CD"))
                .hasMessage("a colon-separated SHA-256 fingerprint must be 32 pairs of hex digits, was \"AB:CD\"");
        assertThat(CertificateFingerprint.ofDer(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void texts_excerpt_hidesControlCharactersAndCutsLongText() {
        assertThat(Texts.excerpt("a\nb")).isEqualTo("a?b");
        assertThat(Texts.excerpt("x".repeat(50))).isEqualTo("x".repeat(40) + "…");
    }
}
