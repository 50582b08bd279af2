package io.jisr.feed;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.InstantSource;
import java.util.Optional;

/** A {@link FeedSpec.TcpServer}: accepts receivers and reads each on its own thread with its own decoder. */
final class TcpServerFeed extends RunningFeed {
    private final FeedSpec.TcpServer spec;
    private final String where;

    TcpServerFeed(
            Feed feed,
            FeedSpec.TcpServer spec,
            FeedSink sink,
            FeedOptions options,
            InstantSource clock,
            Sleeper sleeper) {
        super(feed, sink, options, clock, sleeper);
        this.spec = spec;
        this.where = spec.bindHost() + ":" + spec.port();
    }

    @Override
    void run() throws InterruptedException {
        BackOff backOff = new BackOff(options.backOffInitial(), options.backOffMax());
        boolean again = false;
        while (!stopping) {
            if (again) {
                counters.reconnecting();
            }
            again = true;
            ServerSocket server;
            try {
                server = track(new ServerSocket());
            } catch (IOException e) {
                counters.failure("cannot open a server socket for " + where + ": " + describe(e));
                backOff(backOff);
                continue;
            }
            try {
                server.setReuseAddress(true);
                server.bind(new InetSocketAddress(spec.bindHost(), spec.port()));
                counters.localAddress(Optional.of((InetSocketAddress) server.getLocalSocketAddress()));
                counters.state(FeedState.LISTENING);
                backOff.reset();
                while (!stopping) {
                    admit(server.accept());
                }
            } catch (IOException e) {
                if (stopping) {
                    break;
                }
                counters.failure("cannot listen on " + where + ": " + describe(e));
            } finally {
                release(server);
                counters.localAddress(Optional.empty());
            }
            if (!stopping) {
                backOff(backOff);
            }
        }
    }

    private void admit(Socket socket) {
        String remote = String.valueOf(socket.getRemoteSocketAddress());
        if (counters.openConnections() >= options.maxConnections()) {
            counters.refused();
            counters.failure("refused a connection from " + remote + ": already holding " + options.maxConnections()
                    + " connections, the limit");
            release(socket);
            return;
        }
        counters.opened();
        track(socket);
        if (!spawn("feed " + feed.id() + " from " + remote, () -> serve(socket, remote))) {
            counters.closed();
            release(socket);
        }
    }

    private void serve(Socket socket, String remote) throws InterruptedException {
        try {
            socket.setSoTimeout(TcpClientFeed.millis(options.idleTimeout()));
            pump(socket.getInputStream(), liveDecoder());
        } catch (SocketTimeoutException e) {
            counters.failure("no data from " + remote + " for " + options.idleTimeout() + "; connection closed");
        } catch (IOException e) {
            if (!stopping) {
                counters.failure("connection from " + remote + " lost: " + describe(e));
            }
        } finally {
            counters.closed();
            release(socket);
        }
    }
}
