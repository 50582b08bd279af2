package io.jisr.app.federation;

import io.jisr.programme.Nation;
import io.jisr.programme.sync.FieldEdit;
import java.util.List;

/** Where the programme edits a partner's node sent go: the node's programme register, which merges them. */
public interface ProgrammeEdits {

    /** This register as the receiver of {@code programme-records} from partners. */
    default CategoryReceiver asReceiver() {
        return ProgrammeRecords.receiver(this);
    }

    /**
     * Merges edits received from {@code fromNode} of {@code side}; each is checked against the ownership rule
     * there, and a refused one is counted and audited, never applied.
     */
    void receive(String fromNode, Nation side, List<FieldEdit> edits);

    /**
     * Counts and audits {@code count} programme records from {@code fromNode} that were not accepted at all:
     * this node's agreements take no programme records from that partner, or a record could not be read.
     */
    void refuse(String fromNode, int count, String reason);
}
