package io.jisr.exchange.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.jisr.exchange.GeoPoint;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The small parsers and the polygon checks against hostile input: a clear refusal, never a crash. */
class ParsersFuzzTest {

    @Property(tries = 2000)
    void fingerprintParse_anyText_isAFingerprintOrAClearRefusal(@ForAll("fingerprintLike") String text) {
        try {
            CertificateFingerprint parsed = CertificateFingerprint.parse(text);
            assertThat(parsed.hex()).hasSize(64).matches("[0-9a-f]{64}");
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("fingerprint");
        }
    }

    @Property(tries = 500)
    void fingerprintParse_opensslForm_roundTrips(@ForAll @Size(value = 32) byte[] digest) {
        String hex = HexFormat.of().formatHex(digest);
        String openssl = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);

        assertThat(CertificateFingerprint.parse(openssl).hex()).isEqualTo(hex);
        assertThat(CertificateFingerprint.parse(hex.toUpperCase(java.util.Locale.ROOT))
                        .hex())
                .isEqualTo(hex);
    }

    @Property(tries = 2000)
    void gradingParse_anyText_isAGradingOrAClearRefusal(@ForAll @Size(max = 4) String text) {
        try {
            Grading grading = Grading.parse(text);
            assertThat(grading.toString()).isEqualTo(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).containsAnyOf("grading", "reliability", "credibility");
        }
    }

    @Property(tries = 1000)
    void polygonChecks_anyRing_neverCrash(@ForAll("rings") List<GeoPoint> ring, @ForAll("points") GeoPoint point) {
        var polygon = new Area.Polygon("fuzz", ring);

        assertThatCode(() -> {
                    AgreementValidator.polygonProblem(polygon);
                    polygon.contains(point);
                })
                .doesNotThrowAnyException();
    }

    @Provide
    Arbitrary<String> fingerprintLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(100),
                Arbitraries.strings()
                        .withChars("0123456789abcdefABCDEF:g ")
                        .ofMinLength(60)
                        .ofMaxLength(100));
    }

    @Provide
    Arbitrary<GeoPoint> points() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-90, 90),
                        Arbitraries.doubles().between(-180, 180))
                .as(GeoPoint::of);
    }

    @Provide
    Arbitrary<List<GeoPoint>> rings() {
        Arbitrary<GeoPoint> coarse = Combinators.combine(
                        Arbitraries.integers().between(-3, 3),
                        Arbitraries.integers().between(-3, 3))
                .as((la, lo) -> GeoPoint.of(la, lo));
        return Arbitraries.oneOf(points(), coarse).list().ofMaxSize(12);
    }
}
