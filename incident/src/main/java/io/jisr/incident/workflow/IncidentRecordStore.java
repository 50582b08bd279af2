package io.jisr.incident.workflow;

import java.util.List;
import java.util.Map;

/**
 * Where a node keeps the reports written through the review workflow, with every version and step, and
 * the links between reports. Saving a record also makes its published version, if any, the one the map
 * sees, in the same step, so that the map never shows a version the history does not hold.
 */
public interface IncidentRecordStore {

    /** Returns every record written through the workflow. */
    List<IncidentRecord> loadRecords();

    /** Saves a record, replacing its stored versions and history; its published version goes to the map's reports. */
    void saveRecord(IncidentRecord record);

    /** Returns where each report received from a partner came from, by local id. */
    default Map<String, PartnerSource> loadSources() {
        return Map.of();
    }

    /**
     * Saves a report received from a partner with its source, in one step, as {@link #saveRecord} does (its
     * published version goes to the map's reports).
     */
    default void saveReceived(IncidentRecord record, PartnerSource source) {
        throw new UnsupportedOperationException("this store does not keep reports received from partners");
    }

    /** Returns the links between reports. */
    ReportLinks loadLinks();

    /** Adds a link (checked by {@link ReportLinks#add} before). */
    void addLink(ReportLink link);
}
