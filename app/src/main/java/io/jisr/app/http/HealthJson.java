package io.jisr.app.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code /health}.
 *
 * @param status the worst component state: {@code UP}, {@code DEGRADED} or {@code DOWN}
 * @param components {@code database}, {@code feeds} and {@code ingest} with their states
 */
record HealthJson(String status, Map<String, ComponentJson> components) {

    /**
     * One component.
     *
     * @param state {@code UP}, {@code DEGRADED} or {@code DOWN}
     * @param detail what the state rests on
     */
    record ComponentJson(String state, String detail) {}

    static HealthJson of(Health health) {
        Map<String, ComponentJson> components = new LinkedHashMap<>();
        components.put("database", component(health.database()));
        components.put("feeds", component(health.feeds()));
        components.put("ingest", component(health.ingest()));
        return new HealthJson(health.overall().name(), components);
    }

    private static ComponentJson component(Health.Component c) {
        return new ComponentJson(c.state().name(), c.detail());
    }
}
