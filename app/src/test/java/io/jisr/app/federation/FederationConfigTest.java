package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.app.node.ConfigException;
import io.jisr.app.node.NodeConfig;
import io.jisr.exchange.Nation;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.AgreementStatus;
import io.jisr.exchange.agreement.Precision;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The federation block of jisr.yaml and the agreement files: read into the model, mistakes named by file and key. */
class FederationConfigTest {

    @Test
    void read_fixtureConfiguration_givesIdentityPartnersAndAgreement(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);

        NodeConfig.Federation federation =
                fixture.config("dza.yaml", "data").federation().orElseThrow();

        assertThat(federation.self()).isEqualTo(TwoNodesTest.DZA);
        assertThat(federation.port()).isEqualTo(fixture.dzaPort);
        assertThat(federation.pullWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(federation.partners()).singleElement().satisfies(p -> {
            assertThat(p.partner()).isEqualTo(TwoNodesTest.USA);
            assertThat(p.fingerprint().hex()).isEqualTo(fixture.usaFingerprint);
            assertThat(p.feedId()).isEqualTo("partner-usa-1");
        });
        Agreement agreement = federation.agreements().getFirst();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.annexes()).hasSize(4);
        assertThat(agreement.annexes().getFirst().precision())
                .isEqualTo(new Precision.DegreeGrid(new BigDecimal("0.1")));
        assertThat(agreement.annexes().get(2).delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(agreement.annexes().get(2).releasingParty()).isEqualTo(Nation.of("USA"));
    }

    @Test
    void read_agreementWithAMistake_namesFileAndKey(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement().replace("marking: REL TO USA, DZA", "marking: REL TO USA"));

        assertThatThrownBy(() -> fixture.config("dza.yaml", "data"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("dza.yaml") + ": federation.agreements[0]: " + dir.resolve("agreement.yaml")
                        + ": agreement dza-usa-maritime version 1 is not valid: annexes[2].marking: marking \"REL TO"
                        + " USA\" must name the receiving party DZA; annexes[3].marking: marking \"REL TO USA\" must"
                        + " name the receiving party DZA");
    }

    @Test
    void read_agreementWithUnreadableValue_namesFileAndKey(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write("agreement.yaml", fixture.agreement().replace("delay: PT2S", "delay: two seconds"));

        assertThatThrownBy(() -> fixture.config("dza.yaml", "data"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("dza.yaml") + ": federation.agreements[0]: " + dir.resolve("agreement.yaml")
                        + ": annexes[2].delay: Text cannot be parsed to a Duration");
    }

    @Test
    void read_partnerFingerprintOtherThanTheAgreements_isRefused(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        String other = "00".repeat(32);
        fixture.write(
                "dza.yaml",
                FederationFixture.nodeYaml(
                        "DZA", "dza-1", "dza.p12", fixture.dzaPort, "USA", "usa-1", fixture.usaPort, other, ""));

        assertThatThrownBy(() -> fixture.config("dza.yaml", "data"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("dza.yaml") + ": federation.partners[0].fingerprint " + other
                        + " differs from the fingerprint " + fixture.usaFingerprint
                        + " agreement dza-usa-maritime registers for node usa-1");
    }

    @Test
    void read_partnerWithHttpUrl_isRefused(@TempDir Path dir) {
        FederationFixture fixture = new FederationFixture(dir);
        fixture.write(
                "dza.yaml",
                FederationFixture.nodeYaml(
                                "DZA",
                                "dza-1",
                                "dza.p12",
                                fixture.dzaPort,
                                "USA",
                                "usa-1",
                                fixture.usaPort,
                                fixture.usaFingerprint,
                                "")
                        .replace("https://", "http://"));

        assertThatThrownBy(() -> fixture.config("dza.yaml", "data"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("dza.yaml") + ": federation.partners[0].url: must be an https:// URL with a"
                        + " host, was \"http://127.0.0.1:" + fixture.usaPort + "\"");
    }

    @Test
    void keysGenerate_existingFile_isNotOverwritten(@TempDir Path dir) {
        String first = FederationFixture.generate(dir.resolve("node.p12"), "dza-1");
        StringWriter err = new StringWriter();
        var cli = new KeysCommand(FederationFixture.ENV).commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));

        int status = cli.execute("generate", "--out", dir.resolve("node.p12").toString(), "--node-id", "dza-1");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("jisr keys generate: " + dir.resolve("node.p12")
                        + " already exists; refusing to overwrite a node's keys");
        StringWriter out = new StringWriter();
        var again = new KeysCommand(FederationFixture.ENV).commandLine();
        again.setOut(new PrintWriter(out));
        assertThat(again.execute(
                        "fingerprint", "--keystore", dir.resolve("node.p12").toString()))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo(first).hasSize(64);
    }
}
