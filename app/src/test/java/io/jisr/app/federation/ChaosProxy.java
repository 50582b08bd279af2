package io.jisr.app.federation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that mistreats the connections through it: it passes the bytes on in pieces of
 * random size with random pauses between them (so TLS records arrive split and late, and the two
 * directions interleave differently each time), and cuts connections at random, in the middle of a
 * handshake, a request or a batch: each connection's answers are cut after a random number of bytes (at
 * most {@value #MAX_BUDGET}), so a link that moves more than that is always cut mid-transfer. Within one TCP connection the bytes keep their order, as TCP itself
 * guarantees; what changes is when and how much arrives, and whether the connection survives. Seeded, so
 * a failure can be replayed.
 */
final class ChaosProxy implements AutoCloseable {
    static final int MAX_BUDGET = 100_000;
    private final ServerSocket server;
    private final int target;
    private final Random random;
    private final double cutPerPiece;
    private final int maxPauseMillis;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong cuts = new AtomicLong();
    private final AtomicLong midTransferCuts = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean running = true;

    /**
     * Starts the proxy.
     *
     * @param target the loopback port it forwards to
     * @param seed the randomness
     * @param cutPerPiece chance that passing a piece on cuts the connection instead
     * @param maxPauseMillis longest pause before a piece (one piece in ten pauses)
     */
    ChaosProxy(int target, long seed, double cutPerPiece, int maxPauseMillis) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.target = target;
        this.random = new Random(seed);
        this.cutPerPiece = cutPerPiece;
        this.maxPauseMillis = maxPauseMillis;
        Thread.ofPlatform().daemon().name("chaos-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections cut at random and outages that cut at least one. */
    long cuts() {
        return cuts.get();
    }

    /** Connections cut after their byte budget, in the middle of an answer. */
    long midTransferCuts() {
        return midTransferCuts.get();
    }

    long connections() {
        return connections.get();
    }

    /** Cuts every connection now (as a network outage would); counted as a cut when one was open. */
    void cutAll() {
        if (!open.isEmpty()) {
            cuts.incrementAndGet();
        }
        for (Socket s : open) {
            cut(s);
        }
    }

    private void accept() {
        while (running) {
            try {
                Socket client = server.accept();
                Socket upstream;
                try {
                    upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                } catch (IOException e) {
                    client.close(); // the target is down (a node restarting): the caller retries
                    continue;
                }
                connections.incrementAndGet();
                open.add(client);
                open.add(upstream);
                long budget;
                synchronized (random) {
                    budget = 2_048 + random.nextInt(MAX_BUDGET - 2_048);
                }
                Thread.ofPlatform().daemon().start(() -> pump(client, upstream, Long.MAX_VALUE));
                Thread.ofPlatform().daemon().start(() -> pump(upstream, client, budget));
            } catch (IOException e) {
                if (running) {
                    cutAll();
                }
            }
        }
    }

    private void pump(Socket from, Socket to, long budget) {
        byte[] buffer = new byte[16_384];
        long passed = 0;
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                int at = 0;
                while (at < n) {
                    int piece;
                    int pause;
                    boolean cut;
                    synchronized (random) {
                        piece = 1 + random.nextInt(Math.min(n - at, 4_096));
                        // One piece in ten waits: a pause on every piece would make a large batch take seconds.
                        pause = maxPauseMillis == 0 || random.nextInt(10) != 0 ? 0 : random.nextInt(maxPauseMillis + 1);
                        cut = random.nextDouble() < cutPerPiece;
                    }
                    if (passed + piece > budget) {
                        out.write(buffer, at, (int) (budget - passed)); // what fits, then the cut
                        out.flush();
                        midTransferCuts.incrementAndGet();
                        cut = true;
                    }
                    if (cut) {
                        cuts.incrementAndGet();
                        cut(from);
                        cut(to);
                        return;
                    }
                    if (pause > 0) {
                        Thread.sleep(pause);
                    }
                    out.write(buffer, at, piece);
                    out.flush();
                    at += piece;
                    passed += piece;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the other direction, a cut, or the node closed it
        } finally {
            cut(from);
            cut(to);
        }
    }

    private void cut(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // a reset, not an orderly close
        } catch (SocketException e) {
            // already closed
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        open.remove(socket);
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        cutAll();
    }
}
