package io.jisr.detect.zone;

import java.util.List;

/** The outcome of importing zones from a file: the zones, or the first problem and where it is. */
public sealed interface ZoneImport {

    /** Every feature became a zone. */
    record Imported(List<Zone> zones) implements ZoneImport {
        /** Copies the list. */
        public Imported {
            zones = List.copyOf(zones);
        }
    }

    /**
     * The file was refused; nothing was imported.
     *
     * @param where the place, as {@code line 3, column 14} for syntax or a path such as {@code
     *     features[2].geometry.coordinates[0][5]} for content
     * @param message what is wrong, with the offending value
     */
    record Rejected(String where, String message) implements ZoneImport {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }
}
