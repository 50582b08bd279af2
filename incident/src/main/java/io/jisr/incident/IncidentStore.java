package io.jisr.incident;

import java.util.List;

/** Where a node keeps its published incident reports. */
public interface IncidentStore {

    /** Returns every stored report, latest version of each. */
    List<Incident> load();

    /** Saves these reports in one step, replacing the stored version of each id. */
    void save(List<Incident> incidents);
}
