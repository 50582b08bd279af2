package io.jisr.app.sar;

import io.jisr.sar.cases.CaseFilter;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.cases.SarCaseStore;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The node's SAR cases: loaded from storage at start, opened and changed by the rescue coordinators, every
 * change stored before it is visible. Changes are serialised. Thread-safe.
 */
public final class SarCaseBook {
    /*
     * Implementation note. References are minted as SAR-<year>-<nnn>, one above the highest number of that
     * year on this node, in the style of rescue centres' case numbers. Log entries take the later of the
     * clock and the case's last entry, so a clock stepped back by a few seconds cannot make a case refuse
     * its next entry.
     */

    private final SarCaseStore store;
    private final InstantSource clock;
    private final Map<String, SarCase> cases = new LinkedHashMap<>();

    /** Loads the stored cases. */
    public SarCaseBook(SarCaseStore store, InstantSource clock) {
        this.store = store;
        this.clock = clock;
        store.load().forEach(c -> cases.put(c.reference(), c));
    }

    /** Opens a case under a new reference, stores and returns it. */
    public synchronized SarCase open(
            String source, int objectId, LastKnownPosition lastKnown, int personsOnBoard, String by) {
        Instant now = clock.instant();
        String prefix = "SAR-" + now.atZone(ZoneOffset.UTC).getYear() + "-";
        int next = 1
                + cases.keySet().stream()
                        .filter(r -> r.startsWith(prefix))
                        .mapToInt(r -> Integer.parseInt(r.substring(prefix.length())))
                        .max()
                        .orElse(0);
        SarCase opened =
                SarCase.open(prefix + "%03d".formatted(next), source, objectId, lastKnown, personsOnBoard, by, now);
        store.save(opened);
        cases.put(opened.reference(), opened);
        return opened;
    }

    /** Returns the cases that pass {@code filter}, most recently acted on first. */
    public synchronized List<SarCase> list(CaseFilter filter) {
        return cases.values().stream()
                .filter(filter::matches)
                .sorted(Comparator.comparing(SarCase::lastActivity).reversed())
                .toList();
    }

    /** Returns the case {@code reference}. */
    public synchronized Optional<SarCase> find(String reference) {
        return Optional.ofNullable(cases.get(reference));
    }

    /**
     * Changes the case {@code reference}: {@code change} gets the case and the time to log, returns the new
     * case (or throws, and nothing is stored); the new case is stored and returned.
     *
     * @return the changed case, empty when there is no such case
     */
    public synchronized Optional<SarCase> change(String reference, BiFunction<SarCase, Instant, SarCase> change) {
        SarCase current = cases.get(reference);
        if (current == null) {
            return Optional.empty();
        }
        Instant at = clock.instant();
        SarCase changed = change.apply(current, at.isBefore(current.lastActivity()) ? current.lastActivity() : at);
        store.save(changed);
        cases.put(reference, changed);
        return Optional.of(changed);
    }
}
