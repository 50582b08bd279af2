package io.jisr.sar.product;

import io.jisr.sar.drift.DriftResult;
import io.jisr.sar.drift.ParticleStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a drift's particles as CSV, one row per output time and particle (what {@code jisr drift --out}
 * writes): {@code time,particle,latitude,longitude,stranded,side,status}, with ISO-8601 UTC times, degrees
 * to 6 decimals (about 0.1 m), {@code true}/{@code false}, {@code right}/{@code left} (the coefficient
 * set in use) and the status in lower case.
 */
public final class DriftCsv {
    /** The header line. */
    public static final String HEADER = "time,particle,latitude,longitude,stranded,side,status";

    private DriftCsv() {}

    /**
     * Writes the header and every row.
     *
     * @throws UncheckedIOException if the output fails
     */
    public static void write(DriftResult result, Appendable out) {
        try {
            out.append(HEADER).append('\n');
            StringBuilder row = new StringBuilder(96);
            for (int o = 0; o < result.outputs(); o++) {
                String time = result.times().get(o).toString();
                for (int i = 0; i < result.particles(); i++) {
                    ParticleStatus status = result.status(o, i);
                    row.setLength(0);
                    row.append(time)
                            .append(',')
                            .append(i)
                            .append(',')
                            .append(String.format(
                                    Locale.ROOT, "%.6f,%.6f", result.latitude(o, i), result.longitude(o, i)))
                            .append(',')
                            .append(status == ParticleStatus.STRANDED)
                            .append(',')
                            .append(result.side(o, i).name().toLowerCase(Locale.ROOT))
                            .append(',')
                            .append(status.name().toLowerCase(Locale.ROOT))
                            .append('\n');
                    out.append(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drift CSV", e);
        }
    }
}
