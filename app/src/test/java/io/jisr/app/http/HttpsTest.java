package io.jisr.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over HTTPS with a PKCS#12 keystore made at test time by the JDK's keytool. */
class HttpsTest {
    private static final String PASSWORD = "keystore password";

    @TempDir
    static Path dir;

    private static Path keystore;

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = dir.resolve("node.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "jisr",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=IP:127.0.0.1,DNS:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
    }

    /** A client that trusts exactly the test certificate. */
    private static HttpClient trustingClient() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Test
    void https_servesTheApi_withSecureCookiesAndHsts() throws Exception {
        try (TestNode node = new TestNode(
                        new InMemoryPictureStore(),
                        LiveHub.DEFAULT_MAX_PENDING_MESSAGES,
                        Duration.ZERO,
                        Optional.of(new HttpsKeystore(keystore, PASSWORD)),
                        Optional.empty());
                HttpClient client = trustingClient()) {
            String base = "https://127.0.0.1:" + node.port;
            HttpResponse<String> live = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            assertThat(live.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("connect-src 'self' wss://127.0.0.1:" + node.port + ";");

            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/session"))
                            .header("Content-Type", "application/json")
                            .header("Origin", base)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    Browser.credentials("officer", TestNode.OFFICER_PASSWORD)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                    .endsWith("; HttpOnly; SameSite=Strict; Secure");

            // Plain HTTP on the same port gets no API: Jetty answers 400 to a request that is not TLS, or
            // drops the connection.
            int plain;
            try {
                plain = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port + "/health/live"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode();
            } catch (java.io.IOException e) {
                plain = -1;
            }
            assertThat(plain).isIn(-1, 400);
        }
    }

    @Test
    void https_wrongKeystorePassword_isRefusedClearly() {
        assertThatThrownBy(() -> new TestNode(
                        new InMemoryPictureStore(),
                        LiveHub.DEFAULT_MAX_PENDING_MESSAGES,
                        Duration.ZERO,
                        Optional.of(new HttpsKeystore(keystore, "not the password")),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read the PKCS#12 keystore " + keystore
                        + " (http.tls.keystore) with the password given (http.tls.password / JISR_TLS_PASSWORD): ");
    }
}
