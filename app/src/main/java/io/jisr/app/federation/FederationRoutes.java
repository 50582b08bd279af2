package io.jisr.app.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The federation's routes on the operators' API (behind its sign-in, like every {@code /api} route):
 * {@code GET /api/federation/links}, the state of each partner's link. Nothing here is reachable from
 * the federation port.
 */
public final class FederationRoutes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Federation federation;

    private FederationRoutes(Federation federation) {
        this.federation = federation;
    }

    /** Adds the routes to the operators' API. */
    public static void register(JavalinConfig config, Federation federation) {
        FederationRoutes routes = new FederationRoutes(federation);
        config.routes.get("/api/federation/links", routes::links);
    }

    private void links(Context ctx) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("fingerprint", federation.fingerprint().hex());
        body.put("port", federation.port());
        body.put("offered", federation.offered());
        body.put("auditHead", federation.auditHead());
        ArrayNode links = body.putArray("links");
        for (LinkStatus link : federation.links()) {
            ObjectNode l = links.addObject();
            l.put("nation", link.partner().nation().code());
            l.put("node", link.partner().node().value());
            l.put("connected", link.connected());
            l.put("cursor", link.cursor());
            l.put("lagRecords", link.lagRecords());
            l.put("lagSeconds", link.lagSeconds());
            l.put("applied", link.applied());
            l.put("batches", link.batches());
            l.put("failures", link.failures());
            l.put("recordsPerSecond", Math.round(link.recordsPerSecond() * 10) / 10.0);
            if (link.lastError().isPresent()) {
                l.put("lastError", link.lastError().get());
            } else {
                l.putNull("lastError");
            }
        }
        ctx.status(200).contentType("application/json").result(body.toString());
    }
}
