package io.jisr.app.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jisr.access.LoginOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator a node creates when it starts with no account at all. */
class FirstStartTest {
    @TempDir
    Path data;

    private NodeConfig config(Map<String, String> env) throws Exception {
        Path yaml = Files.writeString(data.resolve("jisr.yaml"), "demo: false\nhttp:\n  port: 0\n");
        return NodeConfigLoader.load(Optional.of(yaml), env, NodeConfigLoader.Overrides.NONE, data);
    }

    @Test
    void firstStart_withoutPassword_printsAOneTimePasswordOnce_thatMustBeChanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String password;
        try (NodeRuntime node = NodeRuntime.start(
                config(Map.of()), InstantSource.system(), new PrintStream(out, true, StandardCharsets.UTF_8))) {
            Matcher m = Pattern.compile("One-time password: ([A-Za-z0-9_-]{43})")
                    .matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(m.find()).as(out.toString(StandardCharsets.UTF_8)).isTrue();
            password = m.group(1);
            LoginOutcome outcome = node.accounts().login("admin", password, "127.0.0.1");
            assertThat(outcome).isInstanceOf(LoginOutcome.SignedIn.class);
            assertThat(((LoginOutcome.SignedIn) outcome).principal().account().mustChangePassword())
                    .isTrue();
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        String sessionId;
        try (NodeRuntime node = NodeRuntime.start(
                config(Map.of()), InstantSource.system(), new PrintStream(second, true, StandardCharsets.UTF_8))) {
            assertThat(second.toString(StandardCharsets.UTF_8)).isEmpty();
            LoginOutcome again = node.accounts().login("admin", password, "127.0.0.1");
            assertThat(again).isInstanceOf(LoginOutcome.SignedIn.class);
            sessionId = ((LoginOutcome.SignedIn) again).sessionId();
        }
        // Sessions are in the database: a restart does not sign anyone out.
        try (NodeRuntime node = NodeRuntime.start(config(Map.of()), InstantSource.system())) {
            assertThat(node.accounts().bySession(sessionId, "127.0.0.1")).isPresent();
        }
    }

    @Test
    void firstStart_withConfiguredPassword_needsNoChange() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.start(
                config(Map.of("JISR_ADMIN_PASSWORD", "chosen by the operator")),
                InstantSource.system(),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            LoginOutcome outcome = node.accounts().login("admin", "chosen by the operator", "127.0.0.1");
            assertThat(((LoginOutcome.SignedIn) outcome).principal().account().mustChangePassword())
                    .isFalse();
        }
    }

    @Test
    void firstStart_withWeakConfiguredPassword_refusesToStart() {
        assertThatThrownBy(
                        () -> NodeRuntime.start(config(Map.of("JISR_ADMIN_PASSWORD", "admin")), InstantSource.system()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("JISR_ADMIN_PASSWORD is not acceptable: password must have at least 12 characters, had 5");
    }
}
