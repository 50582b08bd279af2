package io.jisr.app.simulate;

import io.jisr.feed.ReplaySender;
import io.jisr.sim.SentenceSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where simulated NMEA lines go: a file, standard output, a TCP server or a UDP listener. Lines are
 * ASCII; they are buffered in large blocks and written as they fill.
 */
public abstract sealed class LineOutput implements SentenceSink, AutoCloseable
        permits LineOutput.Stream, LineOutput.Datagrams {

    /** Lines written so far. */
    protected long lines;

    /** Bytes written so far. */
    protected long bytes;

    /**
     * Opens {@code target}: {@code -} for {@code stdout}, {@code tcp://host:port}, {@code udp://host:port},
     * or else a file path (created or truncated).
     *
     * @throws IllegalArgumentException if a URL is malformed
     * @throws UncheckedIOException if the file cannot be created or the server not reached
     */
    public static LineOutput open(String target, OutputStream stdout) {
        try {
            if (target.equals("-")) {
                return new Stream(stdout, false, "standard output", false);
            }
            if (target.startsWith("tcp:")
                    || target.startsWith("udp:")
                    || target.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
                URI uri = ReplaySender.target(target);
                InetSocketAddress address = new InetSocketAddress(uri.getHost(), uri.getPort());
                if (uri.getScheme().equals("tcp")) {
                    Socket socket = new Socket();
                    try {
                        socket.connect(address, 10_000);
                    } catch (IOException e) {
                        socket.close();
                        throw new UncheckedIOException("cannot connect to " + target + ": " + e.getMessage(), e);
                    }
                    return new Stream(socket.getOutputStream(), true, target, true);
                }
                DatagramChannel channel = DatagramChannel.open();
                channel.connect(address);
                return new Datagrams(channel, target);
            }
            Path file = Path.of(target);
            return new Stream(Files.newOutputStream(file), true, file.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + target + ": " + e.getMessage(), e);
        }
    }

    /** Returns the lines written. */
    public long lines() {
        return lines;
    }

    /** Returns the bytes written, line terminators included. */
    public long bytes() {
        return bytes;
    }

    /** Writes what is buffered. */
    public abstract void flush();

    /** Flushes and closes (standard output is flushed, not closed). */
    @Override
    public abstract void close();

    /** A byte stream: a file, standard output or a TCP connection. */
    static final class Stream extends LineOutput {
        private final OutputStream out;
        private final boolean owned;
        private final String name;
        private final boolean crlf;
        private final byte[] buffer = new byte[256 * 1024];
        private int used;

        Stream(OutputStream out, boolean owned, String name, boolean crlf) {
            this.out = out;
            this.owned = owned;
            this.name = name;
            this.crlf = crlf;
        }

        @Override
        public void accept(long millis, CharSequence line) {
            int n = line.length();
            if (used + n + 2 > buffer.length) {
                flush();
            }
            for (int i = 0; i < n; i++) {
                buffer[used++] = (byte) line.charAt(i);
            }
            if (crlf) {
                buffer[used++] = '\r';
            }
            buffer[used++] = '\n';
            bytes += n + (crlf ? 2 : 1);
            lines++;
        }

        @Override
        public void flush() {
            try {
                out.write(buffer, 0, used);
                out.flush();
                used = 0;
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "writing to " + name + " failed after " + lines + " lines: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            flush();
            if (owned) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("closing " + name + " failed: " + e.getMessage(), e);
                }
            }
        }
    }

    /** UDP: lines packed into datagrams of at most {@value ReplaySender#DATAGRAM_BYTES} bytes, CR LF each. */
    static final class Datagrams extends LineOutput {
        private final DatagramChannel channel;
        private final String name;
        private final ByteBuffer datagram = ByteBuffer.allocate(ReplaySender.DATAGRAM_BYTES);

        Datagrams(DatagramChannel channel, String name) {
            this.channel = channel;
            this.name = name;
        }

        @Override
        public void accept(long millis, CharSequence line) {
            int n = line.length() + 2;
            if (datagram.position() + n > datagram.capacity()) {
                flush();
            }
            for (int i = 0; i < line.length(); i++) {
                datagram.put((byte) line.charAt(i));
            }
            datagram.put((byte) '\r').put((byte) '\n');
            bytes += n;
            lines++;
        }

        @Override
        public void flush() {
            if (datagram.position() == 0) {
                return;
            }
            datagram.flip();
            try {
                channel.write(datagram);
            } catch (IOException e) {
                // A UDP listener that is not there (ICMP port unreachable) is what UDP means: report it once.
                throw new UncheckedIOException(
                        "sending to " + name + " failed after " + lines + " lines: " + e.getMessage(), e);
            } finally {
                datagram.clear();
            }
        }

        @Override
        public void close() {
            flush();
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + name + " failed: " + e.getMessage(), e);
            }
        }
    }
}
