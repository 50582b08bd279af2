package io.jisr.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security settings of {@code jisr.yaml} and the environment. */
class SecurityConfigTest {
    @TempDir
    Path dir;

    private NodeConfig load(String yaml, Map<String, String> env) throws Exception {
        Path file = dir.resolve("jisr.yaml");
        Files.writeString(file, yaml);
        return NodeConfigLoader.load(Optional.of(file), env, NodeConfigLoader.Overrides.NONE, dir);
    }

    @Test
    void defaults_plainHttpOnLoopback_twelveHourSessions() throws Exception {
        NodeConfig c = load("node:\n  id: north\n", Map.of());
        assertThat(c.security().https()).isEmpty();
        assertThat(c.security().allowPlainHttp()).isFalse();
        assertThat(c.security().sessions().absoluteLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(c.security().sessions().idleTimeout()).isEqualTo(Duration.ofHours(2));
        assertThat(c.security().adminPassword()).isEmpty();
        assertThat(c.map().tileUrl()).isEmpty();
    }

    @Test
    void nonLoopbackHost_withoutTls_isRefused() {
        assertThatThrownBy(() -> load("http:\n  host: 0.0.0.0\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve("jisr.yaml") + ": http.host is 0.0.0.0, which is not a loopback address, and no"
                        + " TLS keystore is configured: passwords and sessions would cross the network in clear."
                        + " Configure http.tls.keystore, bind 127.0.0.1, or set http.allowPlainHttp: true if a TLS"
                        + " proxy on this host terminates HTTPS");
        assertThatThrownBy(() -> load("", Map.of("JISR_HTTP_HOST", "192.168.1.20")))
                .isInstanceOf(ConfigException.class);
    }

    @Test
    void nonLoopbackHost_allowedExplicitly_orWithTls() throws Exception {
        assertThat(load("http:\n  host: 0.0.0.0\n  allowPlainHttp: true\n", Map.of())
                        .httpHost())
                .isEqualTo("0.0.0.0");
        Path p12 = Files.writeString(dir.resolve("node.p12"), "not read by the loader");
        NodeConfig tls = load(
                "http:\n  host: 0.0.0.0\n  tls:\n    keystore: " + p12 + "\n",
                Map.of("JISR_TLS_PASSWORD", "secret", "JISR_ADMIN_PASSWORD", "first admin password"));
        assertThat(tls.security().https().orElseThrow().path()).isEqualTo(p12);
        assertThat(tls.security().https().orElseThrow().password()).isEqualTo("secret");
        assertThat(tls.security().toString()).doesNotContain("secret").doesNotContain("first admin password");
        assertThat(tls.security().adminPassword()).hasValue("first admin password");
    }

    @Test
    void loopbackNames_areRecognisedWithoutDns() {
        assertThat(NodeConfigLoader.isLoopback("127.0.0.1")).isTrue();
        assertThat(NodeConfigLoader.isLoopback("127.8.9.10")).isTrue();
        assertThat(NodeConfigLoader.isLoopback("::1")).isTrue();
        assertThat(NodeConfigLoader.isLoopback("[::1]")).isTrue();
        assertThat(NodeConfigLoader.isLoopback("localhost")).isTrue();
        assertThat(NodeConfigLoader.isLoopback("0.0.0.0")).isFalse();
        assertThat(NodeConfigLoader.isLoopback("::")).isFalse();
        assertThat(NodeConfigLoader.isLoopback("node.example.org")).isFalse();
    }

    @Test
    void badSecuritySettings_nameTheKey() {
        assertThatThrownBy(() -> load("http:\n  tls:\n    keystore: /no/such.p12\n", Map.of("JISR_TLS_PASSWORD", "x")))
                .hasMessageEndingWith("http.tls.keystore /no/such.p12 is not a readable file");
        assertThatThrownBy(() -> {
                    Path p12 = Files.writeString(dir.resolve("k.p12"), "");
                    load("http:\n  tls:\n    keystore: " + p12 + "\n", Map.of());
                })
                .hasMessageEndingWith(
                        "http.tls.keystore is set but its password is not: set JISR_TLS_PASSWORD (or http.tls.password)");
        assertThatThrownBy(() -> load("sessions:\n  lifetime: PT1H\n  idleTimeout: PT2H\n", Map.of()))
                .hasMessageEndingWith("session idle timeout PT2H must not be longer than the session lifetime PT1H");
        assertThatThrownBy(() -> load("http:\n  allowPlainHttp: yes please\n", Map.of()))
                .hasMessageEndingWith("http.allowPlainHttp must be true or false, was \"yes please\"");
        assertThatThrownBy(() -> load("map:\n  tileUrl: javascript:alert(1)\n", Map.of()))
                .hasMessageContaining("map.tileUrl must be an http:// or https:// URL template");
    }

    @Test
    void mapTiles_areRead() throws Exception {
        NodeConfig c = load(
                "map:\n  tileUrl: https://tile.openstreetmap.org/{z}/{x}/{y}.png\n"
                        + "  tileAttribution: © OpenStreetMap contributors\n",
                Map.of());
        assertThat(c.map().tileUrl()).hasValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(c.map().tileAttribution()).hasValue("© OpenStreetMap contributors");
    }
}
