package io.jisr.incident.workflow;

import java.util.List;

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

    /** Returns the links between reports. */
    ReportLinks loadLinks();

    /** Adds a link (checked by {@link ReportLinks#add} before). */
    void addLink(ReportLink link);
}
