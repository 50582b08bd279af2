package io.jisr.feed;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link FeedSpec.Udp}: receives datagrams of one or more lines, unicast or from a multicast group,
 * with one decoder per sender so that senders' multi-sentence messages never mix.
 */
final class UdpFeed extends RunningFeed {
    /*
     * Implementation note: with a multicast group the channel is bound to the group's address, not the
     * wildcard, so that it receives that group's datagrams and no unicast traffic to the port (Linux
     * and macOS deliver by destination address; Windows cannot bind a group address and binds the
     * wildcard instead). The group is joined on the interface that owns `bindHost`, or on every
     * interface that is up and supports multicast when `bindHost` is the wildcard.
     */

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    private static final int RECEIVE_BUFFER = 4 * 1024 * 1024;

    private final FeedSpec.Udp spec;
    private final String where;
    private final Map<SocketAddress, StreamDecoder> senders = new LinkedHashMap<>(16, 0.75f, true);

    UdpFeed(Feed feed, FeedSpec.Udp spec, FeedSink sink, FeedOptions options, InstantSource clock, Sleeper sleeper) {
        super(feed, sink, options, clock, sleeper);
        this.spec = spec;
        this.where = spec.multicastGroup()
                .map(g -> "group " + g + " port " + spec.port() + " on " + spec.bindHost())
                .orElse(spec.bindHost() + ":" + spec.port());
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
            DatagramChannel channel = null;
            try {
                InetAddress local = InetAddress.getByName(spec.bindHost());
                Optional<InetAddress> group = multicastGroup();
                ProtocolFamily family = group.orElse(local) instanceof Inet6Address
                        ? StandardProtocolFamily.INET6
                        : StandardProtocolFamily.INET;
                channel = track(DatagramChannel.open(family));
                channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
                if (group.isPresent()) {
                    join(channel, local, group.get());
                } else {
                    channel.bind(new InetSocketAddress(local, spec.port()));
                }
                counters.localAddress(Optional.of((InetSocketAddress) channel.getLocalAddress()));
                counters.state(FeedState.LISTENING);
                backOff.reset();
                receive(channel);
            } catch (IOException e) {
                if (stopping) {
                    break;
                }
                counters.failure("cannot receive UDP on " + where + ": " + describe(e));
            } finally {
                if (channel != null) {
                    release(channel);
                }
                counters.localAddress(Optional.empty());
                forgetSenders();
            }
            if (!stopping) {
                backOff(backOff);
            }
        }
    }

    private Optional<InetAddress> multicastGroup() throws IOException {
        if (spec.multicastGroup().isEmpty()) {
            return Optional.empty();
        }
        InetAddress group = InetAddress.getByName(spec.multicastGroup().get());
        if (!group.isMulticastAddress()) {
            throw new IllegalArgumentException("UDP feed \"" + feed.id() + "\": multicast group \""
                    + spec.multicastGroup().get() + "\" is not a multicast address");
        }
        return Optional.of(group);
    }

    private void join(DatagramChannel channel, InetAddress local, InetAddress group) throws IOException {
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(WINDOWS ? new InetSocketAddress(spec.port()) : new InetSocketAddress(group, spec.port()));
        for (NetworkInterface nic : interfaces(local)) {
            channel.join(group, nic);
        }
    }

    private static List<NetworkInterface> interfaces(InetAddress local) throws SocketException {
        if (!local.isAnyLocalAddress()) {
            NetworkInterface nic = NetworkInterface.getByInetAddress(local);
            if (nic == null) {
                throw new SocketException("no network interface has the address " + local.getHostAddress());
            }
            return List.of(nic);
        }
        List<NetworkInterface> nics =
                NetworkInterface.networkInterfaces().filter(UdpFeed::canJoin).toList();
        if (nics.isEmpty()) {
            throw new SocketException("no network interface is up and supports multicast");
        }
        return nics;
    }

    private static boolean canJoin(NetworkInterface nic) {
        try {
            return nic.isUp() && nic.supportsMulticast();
        } catch (SocketException e) {
            return false;
        }
    }

    private void receive(DatagramChannel channel) throws IOException, InterruptedException {
        ByteBuffer buf = ByteBuffer.allocate(65_536);
        byte[] bytes = buf.array();
        while (!stopping) {
            buf.clear();
            SocketAddress from = channel.receive(buf);
            StreamDecoder decoder = senders.get(from);
            if (decoder == null) {
                decoder = liveDecoder();
                senders.put(from, decoder);
                counters.opened();
                if (senders.size() > options.maxUdpSenders()) {
                    forget(senders.entrySet().iterator());
                }
            }
            decoder.accept(bytes, 0, buf.position());
            decoder.endOfDatagram();
        }
    }

    /** Forgets the least recently heard sender: its incomplete multi-sentence messages are reported. */
    private void forget(Iterator<Map.Entry<SocketAddress, StreamDecoder>> eldest) throws InterruptedException {
        StreamDecoder decoder = eldest.next().getValue();
        eldest.remove();
        counters.closed();
        decoder.end(true);
    }

    private void forgetSenders() throws InterruptedException {
        Iterator<Map.Entry<SocketAddress, StreamDecoder>> it =
                senders.entrySet().iterator();
        while (it.hasNext()) {
            forget(it);
            it = senders.entrySet().iterator();
        }
    }
}
