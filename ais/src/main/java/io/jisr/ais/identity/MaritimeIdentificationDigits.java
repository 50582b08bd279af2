package io.jisr.ais.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The ITU table of maritime identification digits (MID): which flag each MID from 201 to 775 stands
 * for, so that the flag of a ship, coast station, SAR aircraft, aid to navigation, auxiliary craft or
 * handheld VHF can be read from its MMSI.
 *
 * <p>The table is the resource {@code mid.tsv} beside this class; its header names the source and
 * the date it was checked. Instances are immutable and safe to share between threads.
 */
public final class MaritimeIdentificationDigits {
    /*
     * Implementation note: MIDs are three-digit numbers, so the table is an array indexed by MID
     * minus 200; a lookup is one bounds check and one load. Several MIDs of one country give equal
     * Flag records (equality is by value), not the same instance.
     */

    private static final String RESOURCE = "mid.tsv";
    private static final int FIRST = 200;
    private static final int LAST = 799;

    private final Flag[] byMid;

    private MaritimeIdentificationDigits(Flag[] byMid) {
        this.byMid = byMid;
    }

    /** Returns the table shipped with Jisr, read once on first use. */
    public static MaritimeIdentificationDigits itu() {
        return Shipped.TABLE;
    }

    /** Returns the flag of an MMSI, or empty when its kind carries no MID or the MID is not allocated. */
    public Optional<Flag> flagOf(Mmsi mmsi) {
        return flagOf(mmsi.mid());
    }

    /** Returns the flag of a MID, or empty when the MID is not allocated. */
    public Optional<Flag> flagOf(int mid) {
        return mid < FIRST || mid > LAST ? Optional.empty() : Optional.ofNullable(byMid[mid - FIRST]);
    }

    /** Returns how many MIDs the table allocates. */
    public int size() {
        int n = 0;
        for (Flag f : byMid) {
            if (f != null) {
                n++;
            }
        }
        return n;
    }

    /**
     * Reads a table in the format of {@code mid.tsv}: lines of MID, ISO 3166-1 alpha-3 code and name,
     * separated by tabs; lines starting with {@code #} and blank lines are skipped.
     *
     * @throws IllegalArgumentException if a line is malformed or a MID is listed twice
     */
    static MaritimeIdentificationDigits read(InputStream in) {
        Flag[] byMid = new Flag[LAST - FIRST + 1];
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalArgumentException(
                            "MID table line " + number + " must have 3 tab-separated fields, has " + fields.length);
                }
                int mid = parseMid(fields[0], number);
                if (byMid[mid - FIRST] != null) {
                    throw new IllegalArgumentException("MID table line " + number + " lists MID " + mid + " again");
                }
                byMid[mid - FIRST] = new Flag(fields[1], fields[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MID table", e);
        }
        return new MaritimeIdentificationDigits(byMid);
    }

    private static int parseMid(String text, int line) {
        int mid;
        try {
            mid = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MID table line " + line + " has MID \"" + text + "\", not a number", e);
        }
        if (mid < FIRST || mid > LAST) {
            throw new IllegalArgumentException(
                    "MID table line " + line + " has MID " + mid + ", outside " + FIRST + ".." + LAST);
        }
        return mid;
    }

    /** Holds the shipped table; loading it on first use keeps class initialisation free of I/O. */
    private static final class Shipped {
        static final MaritimeIdentificationDigits TABLE = load();

        private static MaritimeIdentificationDigits load() {
            try (InputStream in = MaritimeIdentificationDigits.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            "MID table resource " + RESOURCE + " is missing from the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the MID table resource " + RESOURCE, e);
            }
        }
    }
}
