package io.jisr.app.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.app.node.NodeConfigLoader;
import io.jisr.app.node.NodeRuntime;
import io.jisr.exchange.NodeId;
import io.jisr.exchange.agreement.CertificateFingerprint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federation port admits registered partners only, each to its own log; a partner's certificate
 * opens nothing on the operators' port. One real DZA node with its operators' API on HTTPS, partners
 * USA (with an agreement) and FRA (registered, no agreement), and clients holding real certificates.
 */
class FederationSecurityTest {
    @TempDir
    static Path dir;

    static NodeRuntime dza;
    static NodeKeys usa;
    static NodeKeys fra;
    static String dzaFingerprint;
    static String uiFingerprint;

    @BeforeAll
    static void startNode() {
        FederationFixture fixture = new FederationFixture(dir);
        dzaFingerprint = fixture.dzaFingerprint;
        usa = NodeKeys.read(dir.resolve("usa.p12"), FederationFixture.PASSWORD.toCharArray());
        String fraFingerprint = FederationFixture.generate(dir.resolve("fra.p12"), "fra-1");
        fra = NodeKeys.read(dir.resolve("fra.p12"), FederationFixture.PASSWORD.toCharArray());
        uiFingerprint = FederationFixture.generate(dir.resolve("ui.p12"), "dza-operators", "--host", "127.0.0.1");
        String fraPartner = """
                    - nation: FRA
                      nodeId: fra-1
                      url: https://127.0.0.1:1
                      fingerprint: "%s"
                """.formatted(fraFingerprint);
        String yaml = FederationFixture.nodeYaml(
                        "DZA",
                        "dza-1",
                        "dza.p12",
                        fixture.dzaPort,
                        "USA",
                        "usa-1",
                        fixture.usaPort,
                        fixture.usaFingerprint,
                        fraPartner)
                + "http:\n  tls:\n    keystore: " + dir.resolve("ui.p12") + "\n";
        fixture.write("dza-secure.yaml", yaml);
        Map<String, String> env = new HashMap<>(FederationFixture.ENV);
        env.put("JISR_TLS_PASSWORD", FederationFixture.PASSWORD);
        dza = NodeRuntime.start(
                NodeConfigLoader.load(
                        Optional.of(dir.resolve("dza-secure.yaml")),
                        env,
                        new NodeConfigLoader.Overrides(Optional.of(0), Optional.empty()),
                        dir.resolve("dza-data")),
                InstantSource.system(),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll
    static void stopNode() {
        if (dza != null) {
            dza.close();
        }
    }

    static HttpClient client(Optional<NodeKeys> keys, String trustedFingerprint) throws Exception {
        PinnedTrust trust = new PinnedTrust(Set.of(CertificateFingerprint.parse(trustedFingerprint)));
        SSLContext tls;
        if (keys.isPresent()) {
            tls = PinnedTrust.context(keys.get(), trust);
        } else {
            tls = SSLContext.getInstance("TLSv1.3");
            tls.init(null, new TrustManager[] {trust}, new SecureRandom());
        }
        return HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static HttpResponse<String> get(HttpClient client, int port, String pathAndQuery) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + pathAndQuery))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int federationPort() {
        return dza.federation().orElseThrow().port();
    }

    @Test
    void pull_registeredPartner_getsItsLog() throws Exception {
        HttpResponse<String> response =
                get(client(Optional.of(usa), dzaFingerprint), federationPort(), "/federation/v1/log?after=0");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo("{\"schemaVersion\":1,\"sender\":{\"nation\":\"DZA\",\"node\":\"dza-1\"},\"after\":0,"
                        + "\"upTo\":0,\"records\":[]}");
        assertThat(response.headers().firstValue("Jisr-Log-Head")).contains("0");
    }

    @Test
    void pull_withoutClientCertificate_isRefusedInTheHandshake() throws Exception {
        HttpClient anonymous = client(Optional.empty(), dzaFingerprint);

        assertThatThrownBy(() -> get(anonymous, federationPort(), "/federation/v1/log?after=0"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void pull_withUnregisteredCertificate_isRefusedInTheHandshake() throws Exception {
        NodeKeys stranger = NodeKeys.generate(NodeId.of("gbr-1"), Instant.now(), Duration.ofDays(1));
        long refusedBefore = dza.federation().orElseThrow().refusedCertificates();

        assertThatThrownBy(() -> get(
                        client(Optional.of(stranger), dzaFingerprint), federationPort(), "/federation/v1/log?after=0"))
                .isInstanceOf(IOException.class);
        assertThat(dza.federation().orElseThrow().refusedCertificates()).isGreaterThan(refusedBefore);
    }

    @Test
    void pull_registeredPartnerAskingForAnotherPartnersLog_isRefused() throws Exception {
        HttpResponse<String> response = get(
                client(Optional.of(usa), dzaFingerprint), federationPort(), "/federation/v1/log?after=0&partner=fra-1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"not-your-log\",\"message\":\"the certificate of partner USA/usa-1 may read its"
                        + " own log only, not the log for \\\"fra-1\\\"\"}");
    }

    @Test
    void pull_registeredPartnerWithoutAgreement_isRefusedByThePolicy() throws Exception {
        HttpResponse<String> response =
                get(client(Optional.of(fra), dzaFingerprint), federationPort(), "/federation/v1/log?after=0");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).startsWith("{\"code\":\"link-closed\",\"message\":\"NO_AGREEMENT: ");
    }

    @Test
    void pull_badParameter_isRefusedWithTheRule() throws Exception {
        HttpResponse<String> response =
                get(client(Optional.of(usa), dzaFingerprint), federationPort(), "/federation/v1/log?after=-1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"bad-parameter\",\"message\":\"parameter after must be within"
                        + " 0..9223372036854775807, was -1\"}");
    }

    @Test
    void partnerCertificate_onTheFederationPort_readsNoOperatorsApi() throws Exception {
        HttpResponse<String> response = get(client(Optional.of(usa), dzaFingerprint), federationPort(), "/api/vessels");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("{\"code\":\"not-found\",\"message\":\"this port serves /federation/v1/log to partner"
                        + " nodes only\"}");
    }

    @Test
    void partnerCertificate_onTheOperatorsPort_isNotASignIn() throws Exception {
        HttpResponse<String> response = get(client(Optional.of(usa), uiFingerprint), dza.httpPort(), "/api/vessels");

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
