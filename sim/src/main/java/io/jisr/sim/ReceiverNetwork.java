package io.jisr.sim;

import io.jisr.sim.geo.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The receivers that hear the simulated traffic, and the radio reality between a transmitter and
 * them: a range around each, and a chance of losing a transmission that grows towards the edge of
 * the range (collisions, fading, the horizon).
 *
 * <p>Whether a receiver hears a transmission is a pure function of the seed, the receiver, the MMSI
 * and the time, not of a shared random stream: adding a vessel or a receiver changes nothing else
 * that is heard.
 */
public final class ReceiverNetwork {
    private static final String RESOURCE = "receivers.txt";

    private final List<Receiver> receivers;
    private final long seed;
    private final double baseLoss;
    private final double edgeLoss;
    private final double[] lat;
    private final double[] lon;
    private final double[] cosLat;
    private final double[] rangeNm;

    /**
     * Creates the network.
     *
     * @param receivers the receivers
     * @param seed seeds the loss draws
     * @param baseLoss probability of losing a transmission close to a receiver, 0 to 1; it grows to
     *     {@code baseLoss + 0.45} at the edge of the range
     */
    public ReceiverNetwork(List<Receiver> receivers, long seed, double baseLoss) {
        this(receivers, seed, baseLoss, 0.45);
    }

    /**
     * Creates the network with a chosen growth of loss towards the edge of the range.
     *
     * @param edgeLoss extra probability of loss at the edge of the range, 0 to 0.5; it grows with
     *     the fourth power of the distance over the range
     */
    public ReceiverNetwork(List<Receiver> receivers, long seed, double baseLoss, double edgeLoss) {
        if (!(baseLoss >= 0 && baseLoss <= 0.5)) {
            throw new IllegalArgumentException("base loss must be within 0..0.5, was " + baseLoss);
        }
        if (!(edgeLoss >= 0 && edgeLoss <= 0.5)) {
            throw new IllegalArgumentException("edge loss must be within 0..0.5, was " + edgeLoss);
        }
        this.edgeLoss = edgeLoss;
        this.receivers = List.copyOf(receivers);
        this.seed = seed;
        this.baseLoss = baseLoss;
        int n = receivers.size();
        lat = new double[n];
        lon = new double[n];
        cosLat = new double[n];
        rangeNm = new double[n];
        for (int i = 0; i < n; i++) {
            Receiver r = receivers.get(i);
            lat[i] = r.position().lat();
            lon[i] = r.position().lon();
            cosLat[i] = Math.cos(Math.toRadians(lat[i]));
            rangeNm[i] = r.rangeNm();
        }
    }

    /** Returns the receivers shipped with the simulator: Algerian coast stations and the partner's. */
    public static List<Receiver> shipped() {
        try (InputStream in = ReceiverNetwork.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("receiver list " + RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read receiver list " + RESOURCE, e);
        }
    }

    /**
     * Parses a receiver list: one receiver a line, {@code ID PARTNER LAT LON RANGE_NM NAME}, blank lines
     * and {@code #} comments ignored.
     *
     * @param source names the list in error messages
     * @throws IllegalArgumentException naming the line, if a line is malformed or an id repeats
     */
    public static List<Receiver> parse(String text, String source) {
        List<Receiver> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 6);
            String where = source + " line " + (i + 1) + ": ";
            if (f.length < 5) {
                throw new IllegalArgumentException(
                        where + "expected ID PARTNER LAT LON RANGE_NM [NAME], found \"" + line + "\"");
            }
            try {
                Receiver r = new Receiver(
                        f[0],
                        f[1],
                        GeoPoint.of(Double.parseDouble(f[2]), Double.parseDouble(f[3])),
                        Double.parseDouble(f[4]),
                        f.length > 5 ? f[5] : f[0]);
                if (out.stream().anyMatch(o -> o.id().equals(r.id()))) {
                    throw new IllegalArgumentException("receiver id \"" + r.id() + "\" is used twice");
                }
                out.add(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + " lists no receiver");
        }
        return out;
    }

    /** Returns only the receivers of these partners; all of them if {@code partners} is empty. */
    public static List<Receiver> ofPartners(List<Receiver> receivers, Set<String> partners) {
        if (partners.isEmpty()) {
            return receivers;
        }
        List<Receiver> kept =
                receivers.stream().filter(r -> partners.contains(r.partner())).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no receiver belongs to partner " + partners + "; partners are "
                    + receivers.stream().map(Receiver::partner).distinct().toList());
        }
        return kept;
    }

    /** Returns the receivers. */
    public List<Receiver> receivers() {
        return receivers;
    }

    /**
     * Writes into {@code heard} the indexes of the receivers that hear a transmission from {@code
     * position} and returns how many there are.
     *
     * @param salt distinguishes transmissions of one station at one time (message kinds)
     */
    public int hear(GeoPoint position, int mmsi, long millis, int salt, int[] heard) {
        int n = 0;
        double pLat = position.lat();
        double pLon = position.lon();
        for (int i = 0; i < lat.length; i++) {
            // Equirectangular distance: within a receiver's range (tens of miles) it is exact to a fraction of a
            // percent.
            double dy = (pLat - lat[i]) * 60;
            double dx = (pLon - lon[i]) * 60 * cosLat[i];
            double d2 = dx * dx + dy * dy;
            double r = rangeNm[i];
            if (d2 > r * r) {
                continue;
            }
            double fraction = d2 / (r * r);
            double loss = baseLoss + edgeLoss * fraction * fraction;
            if (uniform(i, mmsi, millis, salt) >= loss) {
                heard[n++] = i;
            }
        }
        return n;
    }

    /** Returns the most receivers that can hear one transmission. */
    public int size() {
        return receivers.size();
    }

    @Override
    public String toString() {
        return "ReceiverNetwork"
                + Arrays.toString(receivers.stream().map(Receiver::id).toArray());
    }

    private double uniform(int receiver, int mmsi, long millis, int salt) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (receiver + 1));
        h = mix(h ^ mmsi);
        h = mix(h ^ millis);
        h = mix(h ^ salt);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood, OOPSLA 2014): a good 64-bit bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
