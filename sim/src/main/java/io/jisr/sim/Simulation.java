package io.jisr.sim;

import io.jisr.ais.AisEncoder;
import io.jisr.ais.Nmea;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.sim.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the simulated world on its own clock: pops the next due report from an event queue, works
 * out the vessel's true state from its voyage, builds the AIS messages, lets the receivers hear them
 * and writes one line per receiver that did. As fast as the sink takes lines; pacing against a wall
 * clock is the sink's business.
 */
public final class Simulation {
    /*
     * Implementation note: event-driven, not stepped. Each station has at most two entries in the
     * queue (next position report, next static report), so a run costs O(reports · log stations),
     * and a vessel anchored for hours costs one report per three minutes, not one step per second.
     * Report phases are drawn from a hash of the seed and the MMSI, so that vessels do not all
     * report in the same second.
     */

    private static final int POSITION = 0;
    private static final int STATIC = 1;
    private static final int STATION = 2;

    private final long startMillis;
    private final long endMillis;
    private final List<SimulatedVessel> vessels;
    private final List<FixedStation> stations;
    private final ReceiverNetwork network;
    private final long seed;
    private final AisEncoder encoder = AisEncoder.standard();
    private final StringBuilder line = new StringBuilder(128);
    private final int[] heard;
    private final String[] tagPrefixes;
    private final int[] reportCounts;
    private int sequenceId;
    private volatile boolean stopRequested;
    private Summary summary = Summary.EMPTY;

    /**
     * Sets a simulation up.
     *
     * @param start simulated time of the first report
     * @param end simulated time at which it stops (exclusive)
     * @param vessels the vessels, background and scenario alike
     * @param stations base stations and aids to navigation
     * @param network the receivers
     * @param seed seeds the report phases
     */
    public Simulation(
            Instant start,
            Instant end,
            List<SimulatedVessel> vessels,
            List<FixedStation> stations,
            ReceiverNetwork network,
            long seed) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("simulation must end after it starts, was " + start + " to " + end);
        }
        if (vessels.size() + stations.size() > EventQueue.MAX_INDEX) {
            throw new IllegalArgumentException("at most " + EventQueue.MAX_INDEX + " vessels and stations, was "
                    + (vessels.size() + stations.size()));
        }
        this.startMillis = start.toEpochMilli();
        this.endMillis = end.toEpochMilli();
        this.vessels = List.copyOf(vessels);
        this.stations = List.copyOf(stations);
        this.network = network;
        this.seed = seed;
        this.heard = new int[network.size()];
        this.tagPrefixes =
                network.receivers().stream().map(r -> "s:" + r.id() + ",c:").toArray(String[]::new);
        this.reportCounts = new int[vessels.size()];
    }

    /**
     * What a run produced.
     *
     * @param positionReports position reports transmitted
     * @param staticReports static data messages transmitted (5, 24A, 24B)
     * @param stationReports base station and aid-to-navigation reports transmitted
     * @param lines lines written (one per receiver that heard a sentence)
     * @param unheard transmissions no receiver heard
     */
    public record Summary(long positionReports, long staticReports, long stationReports, long lines, long unheard) {
        static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);
    }

    /** Runs from start to end, writing lines to {@code sink}; interrupting the thread stops it early. */
    public Summary run(SentenceSink sink) {
        return run(sink, ReportListener.NONE);
    }

    /** Runs from start to end, writing lines to {@code sink} and showing every position report to {@code listener}. */
    public Summary run(SentenceSink sink, ReportListener listener) {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < vessels.size(); i++) {
            SimulatedVessel v = vessels.get(i);
            long first = Math.max(startMillis, v.transmission().activeFromMillis());
            int mmsi = v.transmission().reportedMmsi().value();
            schedule(queue, first + phase(mmsi, 10_000), i, POSITION);
            schedule(queue, first + phase(mmsi ^ 0x5A5A5A, ReportingInterval.STATIC_MILLIS), i, STATIC);
        }
        for (int s = 0; s < stations.size(); s++) {
            FixedStation station = stations.get(s);
            schedule(
                    queue,
                    startMillis + phase(station.mmsi().value(), station.intervalMillis()),
                    vessels.size() + s,
                    STATION);
        }
        long positions = 0;
        long statics = 0;
        long stationReports = 0;
        long lines = 0;
        long unheard = 0;
        int polls = 0;
        while (!queue.isEmpty()) {
            if (stopRequested
                    || (++polls & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                break;
            }
            long key = queue.poll();
            long millis = startMillis + EventQueue.millisOf(key);
            int index = EventQueue.indexOf(key);
            int kind = EventQueue.kindOf(key);
            if (kind == STATION) {
                FixedStation station = stations.get(index - vessels.size());
                int heardBy = network.hear(station.position(), station.mmsi().value(), millis, STATION, heard);
                lines += write(sink, MessageFactory.station(station, millis), millis, heardBy);
                unheard += heardBy == 0 ? 1 : 0;
                stationReports++;
                schedule(queue, millis + station.intervalMillis(), index, STATION);
                continue;
            }
            SimulatedVessel vessel = vessels.get(index);
            TransmissionPlan plan = vessel.transmission();
            VesselState truth = vessel.voyage().stateAt(millis);
            boolean transmits = plan.transmitsAt(millis);
            Mmsi mmsi = plan.reportedMmsi();
            if (kind == POSITION) {
                if (transmits) {
                    int count = reportCounts[index]++;
                    GeoPoint reported = reportedPosition(plan, truth, millis, count);
                    int heardBy = network.hear(truth.position(), mmsi.value(), millis, POSITION, heard);
                    if (sink.wantsLines()) {
                        AisMessage m = MessageFactory.position(vessel.identity(), mmsi, truth, reported, millis, count);
                        lines += write(sink, m, millis, heardBy);
                    }
                    unheard += heardBy == 0 ? 1 : 0;
                    positions++;
                    listener.report(vessel, millis, truth, reported, heardBy);
                }
                long interval = vessel.identity().transponder() == Transponder.CLASS_A
                        ? ReportingInterval.classA(truth)
                        : ReportingInterval.classB(truth.speedKnots());
                schedule(queue, millis + interval, index, POSITION);
            } else {
                if (transmits) {
                    int heardBy = network.hear(truth.position(), mmsi.value(), millis, STATIC, heard);
                    if (sink.wantsLines()) {
                        lines += writeStatic(sink, vessel, mmsi, millis, heardBy);
                    }
                    unheard += heardBy == 0 ? 1 : 0;
                    statics += vessel.identity().transponder() == Transponder.CLASS_A ? 1 : 2;
                }
                schedule(queue, millis + ReportingInterval.STATIC_MILLIS, index, STATIC);
            }
        }
        summary = new Summary(positions, statics, stationReports, lines, unheard);
        return summary;
    }

    /** Asks a running simulation to stop after the report it is writing; a sink may call it. */
    public void stop() {
        stopRequested = true;
    }

    /** Returns the summary of the last run. */
    public Summary summary() {
        return summary;
    }

    private void schedule(EventQueue queue, long millis, int index, int kind) {
        if (millis < endMillis) {
            queue.add(EventQueue.key(millis - startMillis, index, kind));
        }
    }

    private long phase(int mmsi, long interval) {
        long h = ReceiverNetwork.mix(seed ^ ReceiverNetwork.mix(mmsi));
        return Math.floorMod(h, interval);
    }

    private static GeoPoint reportedPosition(TransmissionPlan plan, VesselState truth, long millis, int count) {
        Optional<TransmissionPlan.Spoof> spoof = plan.spoofAt(millis);
        if (spoof.isPresent() && (count & 1) == 1) {
            return truth.position()
                    .destination(spoof.get().bearingDegrees(), spoof.get().distanceNm());
        }
        return truth.position();
    }

    private long writeStatic(SentenceSink sink, SimulatedVessel vessel, Mmsi mmsi, long millis, int heardBy) {
        VesselIdentity id = vessel.identity();
        if (id.transponder() == Transponder.CLASS_A) {
            Optional<Instant> eta = vessel.destination().isPresent()
                    ? Optional.of(Instant.ofEpochMilli(vessel.voyage().endMillis()))
                    : Optional.empty();
            return write(sink, MessageFactory.staticAndVoyage(id, mmsi, vessel.destination(), eta), millis, heardBy);
        }
        return write(sink, MessageFactory.staticPartA(id, mmsi), millis, heardBy)
                + write(sink, MessageFactory.staticPartB(id, mmsi), millis, heardBy);
    }

    private long write(SentenceSink sink, AisMessage message, long millis, int heardBy) {
        if (heardBy == 0 || !sink.wantsLines()) {
            return 0;
        }
        String channel = (millis / 1000 & 1) == 0 ? "A" : "B";
        List<String> sentences = encoder.encode(message, channel, sequenceId);
        if (sentences.size() > 1) {
            sequenceId = (sequenceId + 1) % 10;
        }
        long written = 0;
        for (int r = 0; r < heardBy; r++) {
            String prefix = tagPrefixes[heard[r]];
            for (String sentence : sentences) {
                line.setLength(0);
                line.append('\\');
                int tagStart = line.length();
                line.append(prefix).append(millis);
                int checksum = Nmea.checksum(line.subSequence(tagStart, line.length()));
                line.append('*').append(Nmea.checksumHex(checksum)).append('\\').append(sentence);
                sink.accept(millis, line);
                written++;
            }
        }
        return written;
    }
}
