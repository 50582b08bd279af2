package io.jisr.app.http;

import io.javalin.http.Context;
import io.jisr.feed.FeedStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The handlers for operators and tools: feeds, health, metrics and the OpenAPI document. */
final class OperationsRoutes {

    /** Where the OpenAPI document lives on the class path. */
    static final String OPENAPI_RESOURCE = "/openapi.yaml";

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ApiContext api;
    private final byte[] openApi;

    OperationsRoutes(ApiContext api) {
        this.api = api;
        this.openApi = readOpenApi();
    }

    /** {@code GET /api/feeds}: every feed's status. */
    void feeds(Context ctx) {
        List<FeedJson> feeds = new ArrayList<>();
        for (FeedStatus status : api.feeds().get()) {
            feeds.add(FeedJson.of(status));
        }
        HttpApi.json(ctx, 200, Map.of("feeds", feeds));
    }

    /** {@code GET /health}: readiness, 200 while no component is down, else 503. */
    void health(Context ctx) {
        Health health = api.health().get();
        HttpApi.json(ctx, health.isReady() ? 200 : 503, HealthJson.of(health));
    }

    /** {@code GET /health/live}: liveness, 200 whenever the process answers at all. */
    void live(Context ctx) {
        HttpApi.json(ctx, 200, Map.of("status", "UP"));
    }

    /** {@code GET /metrics}: every metric in the Prometheus text format. */
    void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(api.metrics().scrape());
    }

    /** {@code GET /openapi.yaml}: the API's description. */
    void openApi(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(openApi);
    }

    private static byte[] readOpenApi() {
        try (InputStream in = OperationsRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "OpenAPI document " + OPENAPI_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + OPENAPI_RESOURCE, e);
        }
    }
}
