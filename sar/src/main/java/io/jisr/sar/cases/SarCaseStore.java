package io.jisr.sar.cases;

import java.util.List;

/** Where the node keeps its SAR cases. Implementations are thread-safe. */
public interface SarCaseStore {

    /** Returns every stored case, in the order they were first saved. */
    List<SarCase> load();

    /** Stores {@code sarCase}, replacing the stored case with the same reference. */
    void save(SarCase sarCase);
}
