package io.jisr.programme;

import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import java.util.List;

/**
 * The whole programme register as one value: what the dashboard reads. Storage builds it; this module never
 * holds it anywhere.
 *
 * @param instruments the instruments
 * @param groups the working groups
 * @param meetings the meetings
 * @param actions the action items
 * @param cases the acquisition cases
 * @param assets the asset register
 */
public record ProgrammeRegister(
        List<Instrument> instruments,
        List<WorkingGroup> groups,
        List<Meeting> meetings,
        List<ActionItem> actions,
        List<AcquisitionCase> cases,
        List<Asset> assets) {

    /** Copies the lists. */
    public ProgrammeRegister {
        instruments = List.copyOf(instruments);
        groups = List.copyOf(groups);
        meetings = List.copyOf(meetings);
        actions = List.copyOf(actions);
        cases = List.copyOf(cases);
        assets = List.copyOf(assets);
    }

    /** Returns the empty register. */
    public static ProgrammeRegister empty() {
        return new ProgrammeRegister(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
