package io.jisr.app.federation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.jisr.exchange.agreement.CertificateFingerprint;
import io.jisr.exchange.audit.AuditEvent;
import io.jisr.exchange.log.Batch;
import io.jisr.exchange.log.Cursor;
import io.jisr.exchange.log.PartnerOutbox;
import io.jisr.exchange.policy.Policy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The federation endpoint: HTTPS with mutual TLS on a port of its own, serving each registered partner
 * its own outbound log and nothing else.
 *
 * <p>{@code GET /federation/v1/log?after=<cursor>&limit=<n>&waitSeconds=<s>[&partner=<node id>]}: the
 * TLS handshake already refused a client without a certificate or with one whose fingerprint is not
 * registered; the certificate then names the partner, and a {@code partner} parameter naming another
 * node is refused. Answers 200 with a batch ({@link BatchJson}), 400 for bad parameters, 403 when the
 * agreement refuses the link, 409 for a cursor beyond the log; errors are {@code {"code", "message"}}.
 * The response header {@code Jisr-Log-Head} gives the log's last sequence, for the partner's lag.
 * Nothing of the operators' API is served here, and nothing here authenticates on the operators' port.
 */
final class FederationServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FederationServer.class.getName());

    /** The JDK server's switch for sending without delay (TCP_NODELAY), read once, when it is first used. */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        /* Without it the JDK's server leaves Nagle's algorithm on: the last small write of a response (the end of
         * the chunked body) waits until the partner acknowledges the write before it, which the partner's
         * system delays by up to 40 ms, so nearly every pull took 40 ms more (release-to-apply p50 47-50 ms at
         * 5,000 records/s; about 6.5 ms with it and the gathering below). The property is read when the first server is made in the JVM, so it
         * is set here, before; an operator's own setting of it is kept. */
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    static final String PATH = "/federation/v1/log";
    static final int MAX_LIMIT = 5_000;

    /**
     * How long a pull waits for a full batch before it is answered with what there is (a long poll: once records
     * arrived). Without it a partner kept up to date at a steady rate is answered a few records at a time, each
     * answer a TLS exchange, a commit and an audit entry on both nodes, which took the processor time of the
     * records several times over; a partner catching up finds full batches and does not wait.
     */
    static final long GATHER_MILLIS = 5;

    private final HttpsServer server;
    private final ExecutorService executor;
    private final Map<CertificateFingerprint, Link> links;
    private final AtomicReference<Policy> policy;
    private final ReadWriteLock swap;
    private final FederationAudit audit;
    private final InstantSource clock;
    private final Duration maxWait;
    private final AtomicLong refused = new AtomicLong();

    /** A partner's side of the server: its outbox and log. */
    record Link(PartnerLink partner, PartnerOutbox outbox, DurableOutboundLog log) {}

    FederationServer(
            String host,
            int port,
            SSLContext tls,
            Map<CertificateFingerprint, Link> links,
            AtomicReference<Policy> policy,
            ReadWriteLock swap,
            FederationAudit audit,
            InstantSource clock,
            Duration maxWait) {
        this.links = Map.copyOf(links);
        this.policy = policy;
        this.swap = swap;
        this.audit = audit;
        this.clock = clock;
        this.maxWait = maxWait;
        try {
            server = HttpsServer.create(new InetSocketAddress(host, port), 64);
        } catch (IOException e) {
            throw new FederationException(
                    "cannot listen for partners on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                var ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                ssl.setProtocols(new String[] {"TLSv1.3"});
                params.setSSLParameters(ssl);
            }
        });
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port the endpoint listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Requests refused after the handshake (wrong path, another partner's log, bad parameters). */
    long refused() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                refuse(exchange, 404, "not-found", "this port serves " + PATH + " to partner nodes only");
                return;
            }
            if (!exchange.getRequestMethod().equals("GET")) {
                refuse(exchange, 405, "method-not-allowed", PATH + " takes GET");
                return;
            }
            Optional<Link> link = peer((HttpsExchange) exchange);
            if (link.isEmpty()) {
                refuse(exchange, 403, "not-a-partner", "the client certificate is not a registered partner's");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String node = link.get().partner().partner().node().value();
            if (query.containsKey("partner") && !query.get("partner").equals(node)) {
                refuse(
                        exchange,
                        403,
                        "not-your-log",
                        "the certificate of partner " + link.get().partner().partner() + " may read its own log only,"
                                + " not the log for \"" + BatchJson.excerpt(query.get("partner")) + "\"");
                return;
            }
            long after;
            int limit;
            long waitSeconds;
            try {
                after = number(query, "after", 0, Long.MAX_VALUE, -1);
                limit = (int) number(query, "limit", 1, MAX_LIMIT, 1000);
                waitSeconds = number(query, "waitSeconds", 0, maxWait.toSeconds(), 0);
            } catch (IllegalArgumentException e) {
                refuse(exchange, 400, "bad-parameter", e.getMessage());
                return;
            }
            try {
                serve(exchange, link.get(), Cursor.at(after), limit, waitSeconds);
            } catch (RuntimeException e) {
                // The boundary: a store failure ends this pull with a 500 the partner retries, not the server.
                LOG.log(
                        System.Logger.Level.WARNING,
                        "serving " + link.get().partner().partner() + " failed",
                        e);
                refuse(exchange, 500, "internal", "serving the log failed: " + e.getMessage());
            }
        }
    }

    private void serve(HttpExchange exchange, Link link, Cursor after, int limit, long waitSeconds) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        while (true) {
            gather(link.log(), after, limit, deadline);
            PartnerOutbox.Served served;
            Policy decidedUnder = policy.get();
            synchronized (link.outbox()) {
                served = link.outbox().serve(after, limit, decidedUnder, clock.instant());
            }
            switch (served) {
                case PartnerOutbox.Served.Refused r -> {
                    refuse(
                            exchange,
                            403,
                            "link-closed",
                            r.reason().reason() + ": " + r.reason().detail());
                    return;
                }
                case PartnerOutbox.Served.BadCursor bad -> {
                    refuse(exchange, 409, "bad-cursor", bad.message());
                    return;
                }
                case PartnerOutbox.Served.Sent sent -> {
                    Batch batch = sent.batch();
                    long left = (deadline - System.nanoTime()) / 1_000_000;
                    if (batch.upTo().equals(after) && left > 0) {
                        try {
                            link.log().awaitBeyond(after, left);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (System.nanoTime() < deadline || link.log().head().isAfter(after)) {
                            continue;
                        }
                    }
                    /* A batch leaves only under the policy in force as it is written: an agreement changed
                     * (suspended) since it was decided makes it be decided again. The change waits for
                     * batches being written, so nothing decided under the old policy leaves after it. */
                    swap.readLock().lock();
                    try {
                        if (policy.get() != decidedUnder) {
                            continue;
                        }
                        if (batch.upTo().isAfter(after)) {
                            audit.record(AuditEvent.BatchReleased.of(
                                    clock.instant(), link.partner().partner(), batch));
                        }
                        exchange.getResponseHeaders()
                                .set(
                                        "Jisr-Log-Head",
                                        Long.toString(link.log().head().sequence()));
                        sendBatch(exchange, batch, link.log());
                    } finally {
                        swap.readLock().unlock();
                    }
                    return;
                }
            }
        }
    }

    /** Waits up to GATHER_MILLIS, or to the deadline, for a full batch after {@code after}. */
    private static void gather(DurableOutboundLog log, Cursor after, int limit, long deadline) {
        long left = Math.min(GATHER_MILLIS, (deadline - System.nanoTime()) / 1_000_000);
        if (left > 0) {
            try {
                log.awaitBeyond(Cursor.at(after.sequence() + limit - 1), left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Optional<Link> peer(HttpsExchange exchange) {
        try {
            Certificate[] chain = exchange.getSSLSession().getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate certificate) {
                return Optional.ofNullable(links.get(NodeKeys.fingerprintOf(certificate)));
            }
        } catch (SSLPeerUnverifiedException e) {
            // no certificate: refused below
        }
        return Optional.empty();
    }

    private void refuse(HttpExchange exchange, int status, String code, String message) throws IOException {
        refused.incrementAndGet();
        send(exchange, status, "{\"code\":\"" + code + "\",\"message\":" + jsonString(message) + "}");
    }

    /**
     * Streams a batch as the body of a 200, chunked: written from the log's stored texts as it goes, never
     * held whole. A failure half-way leaves the partner a truncated body it refuses, and it pulls again.
     */
    private static void sendBatch(HttpExchange exchange, Batch batch, DurableOutboundLog log) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
            BatchJson.write(batch, log::storedText, out);
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String jsonString(String text) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .textNode(text)
                .toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&", 20)) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    /** A whole-number parameter within {@code [min, max]}; {@code fallback} when absent, required when it is -1. */
    private static long number(Map<String, String> query, String name, long min, long max, long fallback) {
        String text = query.get(name);
        if (text == null) {
            if (fallback < 0) {
                throw new IllegalArgumentException("parameter " + name + " is required");
            }
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "parameter " + name + " must be a whole number, was \"" + BatchJson.excerpt(text) + "\"");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    "parameter " + name + " must be within " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** Stops listening; a long poll in progress ends with the connection. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
