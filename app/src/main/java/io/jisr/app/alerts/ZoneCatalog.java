package io.jisr.app.alerts;

import io.jisr.detect.zone.GeoJsonZones;
import io.jisr.detect.zone.KmlZones;
import io.jisr.detect.zone.Zone;
import io.jisr.detect.zone.ZoneImport;
import io.jisr.detect.zone.ZoneKind;
import io.jisr.detect.zone.ZoneSet;
import io.jisr.detect.zone.ZoneStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The zones of a node: those of the configuration file (read-only here) and those operators import,
 * which are stored. Every change is handed to the detectors and alert rules at once. Thread-safe.
 */
public final class ZoneCatalog {

    /** Where a zone comes from. */
    public enum Source {
        /** {@code detection.zones} of {@code jisr.yaml}: changed by editing the file. */
        CONFIGURATION,
        /** Imported by an operator through the API or the web UI. */
        OPERATOR
    }

    /**
     * A zone with where it comes from.
     *
     * @param zone the zone
     * @param source where it comes from
     * @param addedBy who imported it (operator zones)
     * @param addedAt when (operator zones)
     */
    public record Entry(Zone zone, Source source, Optional<String> addedBy, Optional<Instant> addedAt) {}

    /** The outcome of an import or a removal. */
    public sealed interface Change {
        /** Done: the zones added or removed. */
        record Done(List<Zone> zones) implements Change {}

        /** Refused, nothing changed: where in the file (or which zone) and why. */
        record Refused(String where, String message) implements Change {}

        /** No zone with that id. */
        record NotFound(String id) implements Change {}
    }

    /** A file format operators import. */
    public enum Format {
        GEOJSON,
        KML
    }

    private final List<Zone> configured;
    private final ZoneStore store;
    private final List<Consumer<ZoneSet>> onChange = new ArrayList<>();
    private List<Entry> entries;

    /** Builds the catalogue from the configured zones and the stored ones. */
    public ZoneCatalog(List<Zone> configured, ZoneStore store) {
        this.configured = List.copyOf(configured);
        this.store = store;
        this.entries = read();
    }

    /**
     * Adds one who is handed the zones after every change (the detection service; the federation, whose
     * agreements may name zones), in the order added.
     */
    public synchronized void onChange(Consumer<ZoneSet> listener) {
        onChange.add(listener);
    }

    private List<Entry> read() {
        List<Entry> all = new ArrayList<>();
        configured.forEach(z -> all.add(new Entry(z, Source.CONFIGURATION, Optional.empty(), Optional.empty())));
        for (ZoneStore.StoredZone s : store.zones()) {
            all.add(new Entry(s.zone(), Source.OPERATOR, Optional.of(s.addedBy()), Optional.of(s.addedAt())));
        }
        return List.copyOf(all);
    }

    /** Returns every zone, configured ones first. */
    public synchronized List<Entry> entries() {
        return entries;
    }

    /** Returns the zones as a set for the detectors. */
    public synchronized ZoneSet set() {
        return ZoneSet.of(entries.stream().map(Entry::zone).toList());
    }

    /**
     * Imports the zones of a GeoJSON or KML text; all of them or, when one is bad or its id is taken,
     * none.
     *
     * @param kind the kind of zones whose file does not say
     */
    public synchronized Change importZones(String text, Format format, ZoneKind kind, String by, Instant at) {
        ZoneImport read = format == Format.KML ? KmlZones.read(text, kind) : GeoJsonZones.read(text, kind);
        if (read instanceof ZoneImport.Rejected rejected) {
            return new Change.Refused(rejected.where(), rejected.message());
        }
        List<Zone> zones = ((ZoneImport.Imported) read).zones();
        Set<String> taken = new HashSet<>();
        entries.forEach(e -> taken.add(e.zone().id()));
        for (Zone z : zones) {
            if (taken.contains(z.id())) {
                return new Change.Refused(
                        "zone " + z.id(), "a zone with id \"" + z.id() + "\" exists already; remove it first");
            }
        }
        if (!store.add(
                zones.stream().map(z -> new ZoneStore.StoredZone(z, by, at)).toList())) {
            return new Change.Refused("zones", "a zone id was taken by another import at the same time");
        }
        changed();
        return new Change.Done(zones);
    }

    /** Removes an operator's zone; configured zones are refused. */
    public synchronized Change remove(String id) {
        Optional<Entry> entry =
                entries.stream().filter(e -> e.zone().id().equals(id)).findFirst();
        if (entry.isEmpty()) {
            return new Change.NotFound(id);
        }
        if (entry.get().source() == Source.CONFIGURATION) {
            return new Change.Refused(
                    "zone " + id, "zone " + id + " comes from the configuration file; change it there");
        }
        store.remove(id);
        changed();
        return new Change.Done(List.of(entry.get().zone()));
    }

    private void changed() {
        entries = read();
        ZoneSet set = set();
        onChange.forEach(listener -> listener.accept(set));
    }
}
