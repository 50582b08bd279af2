package io.jisr.feed;

import io.jisr.ais.AisDecoder;
import io.jisr.ais.AisSink;
import io.jisr.ais.DecodeError;
import io.jisr.ais.DecoderOptions;
import io.jisr.ais.Reception;
import io.jisr.ais.message.AisMessage;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * Plays a recorded file into a TCP server or UDP listener, such as a node's own feed: the engine of
 * {@code jisr replay FILE --to tcp://host:port --speed 10}. Lines go out unchanged with CR LF, blank
 * ones included, so the receiver numbers them as the file does; lines longer than the decoder's limit
 * are skipped and counted.
 *
 * <p>At speed 0 lines go as fast as the connection takes them. Otherwise each line waits for its time
 * (that of its first message, as {@link AisDecoder} reads it from tag blocks and logger time stamps)
 * at the recorded pace times the speed; lines without a time go at once. Over UDP there is no flow
 * control: lines are packed into datagrams of at most {@value #DATAGRAM_BYTES} bytes, and a receiver
 * that cannot keep up loses some.
 */
public final class ReplaySender {
    /** The most bytes of lines packed into one UDP datagram: fits an Ethernet frame. */
    public static final int DATAGRAM_BYTES = 1400;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * What a replay sent.
     *
     * @param linesSent lines written to the target
     * @param bytesSent bytes written, line terminators included
     * @param linesSkipped lines not sent because they were longer than the decoder's limit
     */
    public record Result(long linesSent, long bytesSent, long linesSkipped) {}

    private final Path file;
    private final URI target;
    private final double speed;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final int maxLineLength = DecoderOptions.defaults().maxLineLength();
    private volatile long linesSent;
    private long bytesSent;
    private long linesSkipped;

    /**
     * Prepares a replay; nothing is opened until {@link #run()}.
     *
     * @param file the recording, plain or gzip
     * @param target {@code tcp://host:port} or {@code udp://host:port}
     * @param speed 0 for as fast as possible, otherwise a factor on the recorded pace
     * @param clock the wall clock the pace is kept against
     * @param sleeper waits between lines
     * @throws IllegalArgumentException if the target or speed is not valid
     */
    public ReplaySender(Path file, URI target, double speed, InstantSource clock, Sleeper sleeper) {
        this.file = Objects.requireNonNull(file, "replay file must not be null");
        this.target = checkTarget(target);
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException(
                    "replay speed must be 0 (as fast as possible) or a positive factor, was " + speed);
        }
        this.speed = speed;
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper must not be null");
    }

    /** Prepares a replay that keeps its pace with the system clock and real waits. */
    public ReplaySender(Path file, URI target, double speed) {
        this(file, target, speed, InstantSource.system(), Sleeper.system());
    }

    /**
     * Parses a replay target, {@code tcp://host:port} or {@code udp://host:port}.
     *
     * @throws IllegalArgumentException if it is not of that form
     */
    public static URI target(String text) {
        try {
            return checkTarget(new URI(text));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(
                    "replay target must look like tcp://host:port or udp://host:port, was \"" + text + "\"", e);
        }
    }

    private static URI checkTarget(URI target) {
        Objects.requireNonNull(target, "replay target must not be null");
        String scheme = target.getScheme();
        if (scheme == null
                || !(scheme.equals("tcp") || scheme.equals("udp"))
                || target.getHost() == null
                || target.getPort() < 1
                || target.getPort() > 65535) {
            throw new IllegalArgumentException(
                    "replay target must look like tcp://host:port or udp://host:port, was \"" + target + "\"");
        }
        return target;
    }

    /** Returns how many lines have been sent so far; may be read from another thread while {@link #run()} runs. */
    public long linesSent() {
        return linesSent;
    }

    /**
     * Sends the whole file and returns what was sent. Blocks until done; interrupting the thread ends
     * it early.
     *
     * @throws FeedException if the file cannot be read or the target cannot be reached or drops the
     *     connection; the message says how many lines had been sent
     */
    public Result run() {
        try (InputStream in = FileReplayFeed.openRecording(file);
                Output out = open()) {
            Sender sender = new Sender(out);
            LineSplitter splitter = new LineSplitter(maxLineLength, sender);
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                splitter.accept(buf, 0, n);
            }
            splitter.end(true);
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            throw new FeedException(
                    "replay of " + file + " to " + target + " failed after " + linesSent + " lines: "
                            + (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Result(linesSent, bytesSent, linesSkipped);
    }

    private Output open() throws IOException {
        InetSocketAddress address = new InetSocketAddress(target.getHost(), target.getPort());
        if (target.getScheme().equals("tcp")) {
            Socket socket = new Socket();
            try {
                socket.connect(address, (int) CONNECT_TIMEOUT.toMillis());
            } catch (IOException e) {
                socket.close();
                throw new IOException("cannot connect: " + e.getMessage(), e);
            }
            return new TcpOutput(socket);
        }
        DatagramChannel channel = DatagramChannel.open();
        try {
            channel.connect(address);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new UdpOutput(channel);
    }

    /** Splits the file into lines and writes each when it is due. */
    private final class Sender implements LineSplitter.Lines, AisSink {
        private final Output out;
        private final Optional<Pacer> pacer;
        private final AisDecoder timer;
        private Instant lineTime;

        Sender(Output out) {
            this.out = out;
            Sleeper flushing = d -> {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sleeper.sleep(d);
            };
            this.pacer = speed > 0 ? Optional.of(new Pacer(speed, clock, flushing)) : Optional.empty();
            this.timer = new AisDecoder(DecoderOptions.defaults().withClock(clock), this);
        }

        @Override
        public void line(byte[] buf, int offset, int length) throws InterruptedException {
            if (pacer.isPresent()) {
                lineTime = null;
                timer.decodeLine(buf, offset, length);
                if (lineTime != null) {
                    pacer.get().await(lineTime);
                }
            }
            try {
                out.write(buf, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytesSent += length + CRLF.length;
            linesSent++;
        }

        @Override
        public void oversized(byte[] buf, int offset, int startLength, long length) {
            linesSkipped++;
        }

        @Override
        public void truncated(long length) {
            // Not reached: the end of a file ends its last line.
        }

        @Override
        public void message(AisMessage message, Reception reception) {
            if (lineTime == null && reception.receivedAt().isPresent()) {
                lineTime = reception.receivedAt().get();
            }
        }

        @Override
        public void error(DecodeError error) {
            // The receiver judges the lines; the replay only reads their times.
        }
    }

    /** Where lines go. */
    private interface Output extends Closeable {
        /** Writes one line and its CR LF. */
        void write(byte[] buf, int offset, int length) throws IOException;

        void flush() throws IOException;
    }

    private static final class TcpOutput implements Output {
        private final Socket socket;
        private final OutputStream out;

        TcpOutput(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        }

        @Override
        public void write(byte[] buf, int offset, int length) throws IOException {
            out.write(buf, offset, length);
            out.write(CRLF);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (socket) {
                out.flush();
                socket.shutdownOutput();
            }
        }
    }

    private static final class UdpOutput implements Output {
        private final DatagramChannel channel;
        private final ByteBuffer datagram =
                ByteBuffer.allocate(DecoderOptions.defaults().maxLineLength() + 2);

        UdpOutput(DatagramChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(byte[] buf, int offset, int length) throws IOException {
            if (datagram.position() > 0 && datagram.position() + length + CRLF.length > DATAGRAM_BYTES) {
                flush();
            }
            datagram.put(buf, offset, length).put(CRLF);
        }

        @Override
        public void flush() throws IOException {
            if (datagram.position() > 0) {
                datagram.flip();
                channel.write(datagram);
                datagram.clear();
            }
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                flush();
            }
        }
    }
}
