package io.jisr.app.incidents;

import io.jisr.incident.Incident;
import io.jisr.incident.IncidentStore;
import io.jisr.incident.csv.ImportDefaults;
import io.jisr.incident.csv.ImportResult;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.query.IncidentIndex;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node's published incident reports: loaded from storage at start, added to by imports, and held
 * in an {@link IncidentIndex} that answers the map's clusters and the timeline in about a millisecond
 * for 50,000 reports ({@code docs/incidents.md}). Readers see the index of the latest completed change;
 * changes are serialised. Thread-safe.
 */
public final class IncidentBook {
    private final IncidentStore store;
    private final Map<String, Incident> byId = new LinkedHashMap<>();
    private volatile IncidentIndex index;

    /** Loads the stored reports. */
    public IncidentBook(IncidentStore store) {
        this.store = store;
        for (Incident i : store.load()) {
            byId.put(i.id(), i);
        }
        this.index = IncidentIndex.of(List.copyOf(byId.values()));
    }

    /** Returns the index of the reports as they stand. */
    public IncidentIndex index() {
        return index;
    }

    /**
     * Imports a CSV file in the conflict-event layout: every good row is stored (a report whose id exists
     * already is replaced by the imported version), every bad row is reported with its line and reason.
     */
    public synchronized ImportResult importCsv(Reader csv, ImportDefaults defaults) {
        ImportResult result = IncidentCsv.read(csv, defaults);
        List<Incident> good = result.incidents();
        if (!good.isEmpty()) {
            store.save(good);
            for (Incident i : good) {
                byId.put(i.id(), i);
            }
            index = IncidentIndex.of(new ArrayList<>(byId.values()));
        }
        return result;
    }
}
