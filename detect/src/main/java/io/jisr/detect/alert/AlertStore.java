package io.jisr.detect.alert;

import java.time.Instant;
import java.util.List;

/**
 * Where alerts are kept, so that they survive a restart and can be listed beyond what the node holds
 * in memory. The app saves every alert the {@link AlertBook} returns, in the order it returns them.
 */
public interface AlertStore {

    /** Saves the alert as it stands now, replacing the stored version of the same id. */
    void save(Alert alert);

    /** Returns every alert not closed, and the closed ones changed at or after {@code since}, by id number. */
    List<Alert> load(Instant since);
}
