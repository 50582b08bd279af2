package io.jisr.sim.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The sea lanes as a graph of named waypoints at sea, with the ports reached through them; routes
 * are shortest paths over the graph.
 */
public final class SeaLanes {
    private static final String RESOURCE = "sea-lanes.txt";

    private final Map<String, GeoPoint> nodes;
    private final Map<String, List<String>> neighbours;
    private final Map<String, Port> ports;

    private SeaLanes(Map<String, GeoPoint> nodes, Map<String, List<String>> neighbours, Map<String, Port> ports) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.neighbours = neighbours;
        this.ports = Collections.unmodifiableMap(ports);
    }

    /** Returns the lanes shipped with the simulator. */
    public static SeaLanes westernMediterranean() {
        return Shipped.LANES;
    }

    /** Parses the lane file format (see the shipped {@code sea-lanes.txt}). */
    static SeaLanes parse(String text) {
        Map<String, GeoPoint> nodes = new LinkedHashMap<>();
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        Map<String, Port> ports = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+", 8);
            String where = "sea lanes line " + (i + 1) + ": ";
            switch (f[0]) {
                case "node" -> {
                    need(f, 4, where);
                    nodes.put(f[1], GeoPoint.of(Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                    neighbours.put(f[1], new ArrayList<>());
                }
                case "edge" -> {
                    need(f, 3, where);
                    known(nodes, f[1], where);
                    known(nodes, f[2], where);
                    neighbours.get(f[1]).add(f[2]);
                    neighbours.get(f[2]).add(f[1]);
                }
                case "port" -> {
                    need(f, 8, where);
                    known(nodes, f[6], where);
                    ports.put(
                            f[1],
                            new Port(
                                    f[1],
                                    f[2],
                                    f[3],
                                    GeoPoint.of(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
                                    f[6],
                                    f[7]));
                }
                default -> throw new IllegalArgumentException(where + "unknown record \"" + f[0] + "\"");
            }
        }
        return new SeaLanes(nodes, neighbours, ports);
    }

    private static void need(String[] fields, int count, String where) {
        if (fields.length < count) {
            throw new IllegalArgumentException(
                    where + "\"" + fields[0] + "\" needs " + (count - 1) + " fields, had " + (fields.length - 1));
        }
    }

    private static void known(Map<String, GeoPoint> nodes, String name, String where) {
        if (!nodes.containsKey(name)) {
            throw new IllegalArgumentException(where + "unknown node \"" + name + "\"");
        }
    }

    /** Returns every node by name. */
    public Map<String, GeoPoint> nodes() {
        return nodes;
    }

    /** Returns the node called {@code name}. */
    public GeoPoint node(String name) {
        GeoPoint p = nodes.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no sea lane node \"" + name + "\"; known: " + nodes.keySet());
        }
        return p;
    }

    /** Returns every edge once, as pairs of node names. */
    public List<String[]> edges() {
        List<String[]> edges = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : neighbours.entrySet()) {
            for (String to : e.getValue()) {
                if (e.getKey().compareTo(to) < 0) {
                    edges.add(new String[] {e.getKey(), to});
                }
            }
        }
        return edges;
    }

    /** Returns the ports by code. */
    public Map<String, Port> ports() {
        return ports;
    }

    /** Returns the port with this code. */
    public Port port(String code) {
        Port p = ports.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no port \"" + code + "\"; known: " + ports.keySet());
        }
        return p;
    }

    /** Returns the shortest path over the lanes from node {@code from} to node {@code to}, both included. */
    public List<GeoPoint> route(String from, String to) {
        node(from);
        node(to);
        Map<String, Double> distance = new LinkedHashMap<>();
        Map<String, String> previous = new LinkedHashMap<>();
        record Entry(String node, double distanceNm) {}
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> Double.compare(a.distanceNm, b.distanceNm));
        distance.put(from, 0.0);
        queue.add(new Entry(from, 0));
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.distanceNm > distance.get(e.node)) {
                continue;
            }
            if (e.node.equals(to)) {
                break;
            }
            for (String next : neighbours.get(e.node)) {
                double d = e.distanceNm + nodes.get(e.node).distanceNm(nodes.get(next));
                if (d < distance.getOrDefault(next, Double.POSITIVE_INFINITY)) {
                    distance.put(next, d);
                    previous.put(next, e.node);
                    queue.add(new Entry(next, d));
                }
            }
        }
        if (!distance.containsKey(to)) {
            throw new IllegalArgumentException("no sea lane joins " + from + " to " + to);
        }
        List<GeoPoint> path = new ArrayList<>();
        for (String n = to; n != null; n = previous.get(n)) {
            path.add(nodes.get(n));
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * Returns the path shifted {@code starboardNm} to the right of the direction of travel at every
     * interior waypoint (along the bisector of the turn), leaving both ends in place: ships keep to
     * starboard of a lane's centre line, as in a traffic separation scheme, so the two directions
     * separate.
     */
    public static List<GeoPoint> keepToStarboard(List<GeoPoint> path, double starboardNm) {
        if (path.size() < 3 || starboardNm == 0) {
            return path;
        }
        GeoPoint[] out = path.toArray(GeoPoint[]::new);
        for (int i = 1; i < path.size() - 1; i++) {
            double in = path.get(i - 1).bearingTo(path.get(i));
            double outBearing = path.get(i).bearingTo(path.get(i + 1));
            double turn = ((outBearing - in + 540) % 360) - 180;
            double right = in + turn / 2 + 90;
            // Stretch along the bisector so the parallel legs keep their distance through the turn.
            double stretch = 1 / Math.max(0.5, Math.cos(Math.toRadians(turn / 2)));
            out[i] = path.get(i).destination(right, starboardNm * stretch);
        }
        return List.copyOf(Arrays.asList(out));
    }

    /** Returns the node nearest to {@code p}, if any lies within {@code maxNm}. */
    public Optional<String> nearestNode(GeoPoint p, double maxNm) {
        String best = null;
        double bestNm = maxNm;
        for (Map.Entry<String, GeoPoint> e : nodes.entrySet()) {
            double d = e.getValue().distanceNm(p);
            if (d <= bestNm) {
                best = e.getKey();
                bestNm = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static final class Shipped {
        static final SeaLanes LANES = load();

        private static SeaLanes load() {
            try (InputStream in = SeaLanes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("sea lanes " + RESOURCE + " are missing from the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sea lanes " + RESOURCE, e);
            }
        }
    }
}
