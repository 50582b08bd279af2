package io.jisr.app.incidents;

import io.jisr.incident.ActorIndex;
import io.jisr.incident.Incident;
import io.jisr.incident.IncidentReport;
import io.jisr.incident.IncidentStore;
import io.jisr.incident.csv.ImportDefaults;
import io.jisr.incident.csv.ImportResult;
import io.jisr.incident.csv.IncidentCsv;
import io.jisr.incident.query.IncidentIndex;
import io.jisr.incident.workflow.IncidentRecord;
import io.jisr.incident.workflow.IncidentRecordStore;
import io.jisr.incident.workflow.PartnerSource;
import io.jisr.incident.workflow.ReportLink;
import io.jisr.incident.workflow.ReportLinks;
import io.jisr.incident.workflow.ReportStatus;
import io.jisr.incident.workflow.Transition;
import java.io.Reader;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The node's incident reports: the published ones (loaded at start, added to by imports and by
 * publications in the review workflow) held in an {@link IncidentIndex} that answers the map's clusters
 * and the timeline in about a millisecond for 50,000 reports ({@code docs/incidents.md}); the reports
 * written through the workflow with their versions and history; the links between reports; and the
 * actor names already used, for suggestions; and the reports received from partners ({@link #receive}),
 * which are on the map like the others but read-only here, with their {@link PartnerSource}. Readers of
 * {@link #index()} see the index of the latest completed change; changes are serialised. Thread-safe.
 */
public final class IncidentBook {
    private final IncidentStore store;
    private final IncidentRecordStore records;
    private final InstantSource clock;
    private final Map<String, Incident> byId = new LinkedHashMap<>();
    private final Map<String, IncidentRecord> recordsById = new LinkedHashMap<>();
    private final Map<String, PartnerSource> sources = new LinkedHashMap<>();
    private final Consumer<IncidentRecord> published;
    private final ActorIndex actors = new ActorIndex();
    private ReportLinks links;
    private volatile IncidentIndex index;

    /** A workflow step asked of a record at a time the book chooses (its clock). */
    @FunctionalInterface
    public interface Step {
        /** Takes the step on {@code record} at {@code at}. */
        Transition apply(IncidentRecord record, Instant at);
    }

    /** Loads the stored reports, records and links; publications go nowhere. */
    public IncidentBook(IncidentStore store, IncidentRecordStore records, InstantSource clock) {
        this(store, records, clock, r -> {});
    }

    /**
     * Loads the stored reports, records and links.
     *
     * @param published told of a report written here each time one of its versions is published (a first
     *     publication or a correction), after it is stored; this is how published reports are offered to the
     *     partners. Never told of a partner's report.
     */
    public IncidentBook(
            IncidentStore store, IncidentRecordStore records, InstantSource clock, Consumer<IncidentRecord> published) {
        this.store = store;
        this.records = records;
        this.clock = clock;
        this.published = published;
        this.sources.putAll(records.loadSources());
        for (Incident i : store.load()) {
            byId.put(i.id(), i);
            actors.add(i.report());
        }
        for (IncidentRecord r : records.loadRecords()) {
            recordsById.put(r.id(), r);
            if (r.publishedIncident().isEmpty()) {
                actors.add(r.current().report());
            }
        }
        this.links = records.loadLinks();
        this.index = IncidentIndex.of(List.copyOf(byId.values()));
    }

    /** Returns the index of the published reports as they stand. */
    public IncidentIndex index() {
        return index;
    }

    /** Returns the published version of a report, imported or written here. */
    public synchronized Optional<Incident> published(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns the workflow record of a report written on this node, if it was. */
    public synchronized Optional<IncidentRecord> record(String id) {
        return Optional.ofNullable(recordsById.get(id));
    }

    /** Returns where a report received from a partner came from; empty for a report of this node. */
    public synchronized Optional<PartnerSource> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Returns whether a report with this id exists, published or in the workflow. */
    public synchronized boolean exists(String id) {
        return byId.containsKey(id) || recordsById.containsKey(id);
    }

    /** Returns the workflow records whose working version has this status, latest change first. */
    public synchronized List<IncidentRecord> withStatus(ReportStatus status) {
        return recordsById.values().stream()
                .filter(r -> r.status() == status)
                .sorted(Comparator.comparing(
                                (IncidentRecord r) -> r.history().getLast().at())
                        .reversed())
                .toList();
    }

    /** Returns the links that touch a report. */
    public synchronized List<ReportLink> linksOf(String id) {
        return links.of(id);
    }

    /** Returns actor names already used that match what the analyst typed, most used first. */
    public synchronized List<ActorIndex.Suggestion> suggestActors(String typed, int limit) {
        return actors.suggest(typed, limit);
    }

    /** Starts a report as a draft by its author, under a new id ({@code JSR-1}, {@code JSR-2}, …). */
    public synchronized IncidentRecord create(IncidentReport report, String author) {
        int n = recordsById.size() + 1;
        while (exists("JSR-" + n)) {
            n++;
        }
        IncidentRecord created = IncidentRecord.create("JSR-" + n, report, author, now());
        records.saveRecord(created);
        recordsById.put(created.id(), created);
        actors.add(report);
        return created;
    }

    /**
     * Takes a workflow step on a report written here; empty when there is no such record. A step that is
     * done is stored, and when it changes the published version the map's index is rebuilt.
     */
    public synchronized Optional<Transition> act(String id, Step step) {
        IncidentRecord record = recordsById.get(id);
        if (record == null) {
            return Optional.empty();
        }
        PartnerSource source = sources.get(id);
        if (source != null) {
            return Optional.of(new Transition.Refused("incident " + id + " was written and published by " + source.by()
                    + " and is read-only on this node: corrections come from its origin"));
        }
        Transition t = step.apply(record, now());
        if (t instanceof Transition.Done done) {
            IncidentRecord next = done.record();
            records.saveRecord(next);
            recordsById.put(id, next);
            if (next.current().number() != record.current().number()) {
                actors.add(next.current().report());
            }
            Optional<Incident> published = next.publishedIncident();
            if (!published.equals(record.publishedIncident()) && published.isPresent()) {
                byId.put(id, published.get());
                index = IncidentIndex.of(new ArrayList<>(byId.values()));
                this.published.accept(next);
            }
        }
        return Optional.of(t);
    }

    /** What became of a report received from a partner. */
    public enum Receipt {
        /** A report not held before: stored as the partner's, on the map. */
        ADDED,
        /** A newer version of a report held: appended and published, the one before superseded. */
        NEW_VERSION,
        /** A version held already, or older than the one held: nothing changed. */
        UNCHANGED
    }

    /**
     * Stores a report received from a partner under {@code id} (the app derives it from the partner's
     * nation, node and report id), or a newer version of one held. The same version twice, or an older one
     * arriving late, changes nothing.
     *
     * @param reason why the partner wrote this version
     * @throws IllegalArgumentException when {@code id} is a report of this node or of another source
     */
    public synchronized Receipt receive(String id, IncidentReport report, PartnerSource source, String reason) {
        Incident.requireValidId(id);
        IncidentRecord held = recordsById.get(id);
        PartnerSource known = sources.get(id);
        if ((held != null || byId.containsKey(id)) && known == null) {
            throw new IllegalArgumentException("incident " + id + " is a report of this node, not of " + source.by());
        }
        if (known != null
                && (!known.nation().equals(source.nation())
                        || !known.node().equals(source.node())
                        || !known.originId().equals(source.originId()))) {
            throw new IllegalArgumentException("incident " + id + " came from " + known.by() + " as " + known.originId()
                    + ", not from " + source.by() + " as " + source.originId());
        }
        if (known != null && source.originVersion() <= known.originVersion()) {
            return Receipt.UNCHANGED;
        }
        IncidentRecord next = held == null
                ? IncidentRecord.received(id, report, source, reason)
                : held.receivedVersion(report, source, reason);
        records.saveReceived(next, source);
        recordsById.put(id, next);
        sources.put(id, source);
        actors.add(report);
        byId.put(id, next.publishedIncident().orElseThrow());
        index = IncidentIndex.of(new ArrayList<>(byId.values()));
        return held == null ? Receipt.ADDED : Receipt.NEW_VERSION;
    }

    /** Links two existing reports, if the link keeps the rules ({@link ReportLinks#add}). */
    public synchronized ReportLinks.Change link(ReportLink link) {
        for (String id : List.of(link.from(), link.to())) {
            if (!exists(id)) {
                return new ReportLinks.Change.Refused("there is no report " + id);
            }
        }
        ReportLinks.Change change = links.add(link);
        if (change instanceof ReportLinks.Change.Added added) {
            records.addLink(link);
            links = added.links();
        }
        return change;
    }

    /**
     * Imports a CSV file in the conflict-event layout: every good row is stored (a report whose id exists
     * already is replaced by the imported version), every bad row is reported with its line and reason. A
     * row whose id is a report in the review workflow is refused: the workflow keeps its versions, and an
     * import replacing its published version behind the history's back would make the two disagree.
     */
    public synchronized ImportResult importCsv(Reader csv, ImportDefaults defaults) {
        ImportResult read = IncidentCsv.read(csv, defaults);
        List<ImportResult.ImportedRow> good = new ArrayList<>();
        List<ImportResult.RowError> errors = new ArrayList<>(read.errors());
        for (ImportResult.ImportedRow row : read.imported()) {
            if (recordsById.containsKey(row.incident().id())) {
                errors.add(new ImportResult.RowError(
                        row.line(),
                        "event_id_cnty \"" + row.incident().id()
                                + "\" is a report in the review workflow; correct it there"));
            } else {
                good.add(row);
            }
        }
        errors.sort(Comparator.comparingInt(ImportResult.RowError::line));
        ImportResult result = new ImportResult(good, errors, read.ignoredColumns());
        List<Incident> incidents = result.incidents();
        if (!incidents.isEmpty()) {
            store.save(incidents);
            for (Incident i : incidents) {
                byId.put(i.id(), i);
                actors.add(i.report());
            }
            index = IncidentIndex.of(new ArrayList<>(byId.values()));
        }
        return result;
    }

    /** Millisecond precision: what the store keeps, so a reloaded record equals the one in memory. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
