package io.jisr.detect.geo;

import io.jisr.ais.message.Position;
import io.jisr.picture.SphericalEarth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A list of ports with a nearest-port query, sorted by latitude so a query scans only a band. */
public final class PortList {

    /** The resource holding the ports of the Western Mediterranean bundled with the module. */
    public static final String BUNDLED_RESOURCE = "/io/jisr/detect/geo/ports-western-mediterranean.csv";

    private static final double METRES_PER_DEGREE_LATITUDE = 111_195.0;

    private final Port[] ports;
    private final double[] latitudes;

    private PortList(List<Port> ports) {
        this.ports = ports.stream()
                .sorted(Comparator.comparingDouble(p -> p.position().latitude()))
                .toArray(Port[]::new);
        this.latitudes = new double[this.ports.length];
        for (int i = 0; i < this.ports.length; i++) {
            latitudes[i] = this.ports[i].position().latitude();
        }
    }

    /** Returns a list of these ports. */
    public static PortList of(List<Port> ports) {
        return new PortList(List.copyOf(ports));
    }

    /** Returns the bundled ports of the Western Mediterranean. */
    public static PortList bundled() {
        try (InputStream in = PortList.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled port list " + BUNDLED_RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Reads {@code locode,name,latitude,longitude} lines; {@code #} starts a comment line and the first
     * other line is the header.
     */
    static PortList parse(BufferedReader reader) throws IOException {
        List<Port> ports = new ArrayList<>();
        String line;
        int lineNumber = 0;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(
                        "port list line " + lineNumber + " must have 4 fields, had " + f.length + ": " + line);
            }
            try {
                ports.add(new Port(
                        f[0].trim(),
                        f[1].trim(),
                        Position.of(Double.parseDouble(f[2].trim()), Double.parseDouble(f[3].trim()))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("port list line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new PortList(ports);
    }

    /** Returns the ports, south to north. */
    public List<Port> ports() {
        return List.of(ports);
    }

    /** Returns the nearest port within {@code metres} of the point, if any. */
    public Optional<Port> nearest(double latitude, double longitude, double metres) {
        double band = metres / METRES_PER_DEGREE_LATITUDE;
        // Longitude degrees shrink with latitude; widen by 1 % so the box test never cuts a true hit.
        double lonBand =
                band / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + band)))) * 1.01;
        int i = firstAtOrAbove(latitude - band);
        Port best = null;
        double bestMetres = metres;
        for (; i < ports.length && latitudes[i] <= latitude + band; i++) {
            Position p = ports[i].position();
            double dLon = Math.abs(p.longitude() - longitude);
            if (Math.min(dLon, 360 - dLon) > lonBand) {
                // A box test before the haversine (several trigonometric calls): most ports fail it.
                continue;
            }
            double d = SphericalEarth.distanceMetres(latitude, longitude, p.latitude(), p.longitude());
            if (d <= bestMetres) {
                bestMetres = d;
                best = ports[i];
            }
        }
        return Optional.ofNullable(best);
    }

    private int firstAtOrAbove(double latitude) {
        int lo = 0;
        int hi = latitudes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (latitudes[mid] < latitude) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
