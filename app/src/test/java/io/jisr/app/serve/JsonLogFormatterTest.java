package io.jisr.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    @Test
    void format_recordWithHostileTextAndError_isOneParsableJsonLine() throws Exception {
        LogRecord record = new LogRecord(Level.WARNING, "feed \"north\" said:\n<script>\u0001");
        record.setLoggerName("io.jisr.feed");
        record.setMillis(1_764_150_000_000L);
        record.setThrown(new IllegalStateException("boom"));

        String line = new JsonLogFormatter().format(record);

        assertThat(line).endsWith("}\n").doesNotContain("\n{");
        assertThat(line.strip()).doesNotContain("\n");
        var json = new ObjectMapper().readTree(line);
        assertThat(json.path("time").asText()).isEqualTo("2025-11-26T09:40:00Z");
        assertThat(json.path("level").asText()).isEqualTo("WARNING");
        assertThat(json.path("logger").asText()).isEqualTo("io.jisr.feed");
        assertThat(json.path("message").asText()).isEqualTo("feed \"north\" said:\n<script>\u0001");
        assertThat(json.path("error").asText()).startsWith("java.lang.IllegalStateException: boom");
    }
}
