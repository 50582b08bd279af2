/**
 * Feeds bring AIS lines into a node: a TCP client to an NMEA server, a TCP server that receivers push
 * to, a UDP listener (unicast or multicast) and a file replay. Each connection gets its own
 * {@link io.jisr.ais.AisDecoder}; what comes out goes to a {@link io.jisr.feed.FeedSink}, and every
 * feed reports a {@link io.jisr.feed.FeedStatus}. {@link io.jisr.feed.ReplaySender} plays a recording
 * into someone else's feed. Plain JDK sockets and files, no framework.
 */
package io.jisr.feed;
