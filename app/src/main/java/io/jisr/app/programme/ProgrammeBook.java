package io.jisr.app.programme;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Dashboard;
import io.jisr.programme.Decision;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.InstrumentChange;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.Participant;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.ProgrammeStore;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.acquisition.AssetDetails;
import io.jisr.programme.acquisition.CaseStep;
import io.jisr.programme.acquisition.DeliveryOutcome;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.programme.export.MeetingReport;
import io.jisr.programme.export.MeetingReportPdf;
import io.jisr.programme.export.ProgrammeCalendar;
import io.jisr.programme.sync.ActionItemFields;
import io.jisr.programme.sync.FieldEdit;
import io.jisr.programme.sync.FieldKey;
import io.jisr.programme.sync.Hlc;
import io.jisr.programme.sync.InstrumentFields;
import io.jisr.programme.sync.MeetingFields;
import io.jisr.programme.sync.RecordKey;
import io.jisr.programme.sync.ReplicaStore;
import io.jisr.programme.sync.WorkingGroupFields;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The node's programme register: loaded from storage at start, changed by the programme officers, every
 * change stored before it is visible. Readers see the register of the latest completed change; changes are
 * serialised. Thread-safe.
 */
public final class ProgrammeBook {
    /*
     * Implementation note. Ids are minted here as <side>-<kind><n> (DZA-WG-3): the side a record is created
     * for, so that two nodes never mint the same id for different records (docs/programme.md, "Ownership
     * and convergence"), and a number one above the highest of that side and kind in the register.
     *
     * When the node federates it knows its nation, and it creates and changes only records of that side; a
     * node without federation has no nation, so the request names the side and nothing else restricts it.
     *
     * Instruments, working groups, meetings and action items are also held as a replica (docs/programme.md,
     * "Ownership and convergence"): every change made here becomes field edits stamped by this node's hybrid logical clock,
     * merged into the replica, stored with the records they make, then handed to the outlet (federation),
     * which offers each edit to the partners. Edits received from a partner go through the same ownership
     * check and the same merge; the meeting or action item shown is always the one the replica makes, so
     * both nodes show the same state once they have the same edits. The partner's records are held beside
     * this side's, read-only except the fields set aside for this side (its attendees at the partner's
     * meetings).
     */

    /** The calendar's UID domain: stable per node, so a calendar client updates events rather than doubling them. */
    private final ProgrammeCalendar calendar;

    private final ProgrammeStore store;
    private final Optional<Nation> self;
    private final InstantSource clock;
    private final Map<String, Instrument> instruments = new LinkedHashMap<>();
    private final Map<String, WorkingGroup> groups = new LinkedHashMap<>();
    private final Map<String, Meeting> meetings = new LinkedHashMap<>();
    private final Map<String, ActionItem> actions = new LinkedHashMap<>();
    private final Map<String, AcquisitionCase> cases = new LinkedHashMap<>();
    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private volatile ProgrammeRegister register;
    private final ProgrammeReplica replica;
    private final Consumer<List<FieldEdit>> outlet;
    private long receivedApplied;
    private long receivedRefused;
    private long notOffered;
    private long offerFailures;
    private String lastRefusal = "";
    private String lastOfferFailure = "";

    /**
     * Loads the stored register and replica. A meeting or action item of this side stored without replica
     * cells (recorded before the register kept them) gets its cells now, stamped now; they are offered to
     * the partners by {@link #offerUnreleased}, with every own edit stored earlier whose release failed.
     *
     * @param cells where the replica is kept
     * @param self this node's nation when it federates; it then creates and changes records of that side only
     * @param nodeId this node's id: the domain of the calendar's UIDs and the node of its clock stamps
     * @param outlet where this node's own edits go once stored (the federation; nothing when it has none)
     */
    public ProgrammeBook(
            ProgrammeStore store,
            ReplicaStore cells,
            Optional<Nation> self,
            String nodeId,
            InstantSource clock,
            Consumer<List<FieldEdit>> outlet) {
        this.store = store;
        this.self = self;
        this.clock = clock;
        this.outlet = outlet;
        this.calendar = new ProgrammeCalendar(nodeId + ".jisr");
        ProgrammeRegister stored = store.load();
        stored.instruments().forEach(i -> instruments.put(i.id(), i));
        stored.groups().forEach(g -> groups.put(g.id(), g));
        stored.meetings().forEach(m -> meetings.put(m.id(), m));
        stored.actions().forEach(a -> actions.put(a.id(), a));
        stored.cases().forEach(c -> cases.put(c.id(), c));
        stored.assets().forEach(a -> assets.put(a.id(), a));
        this.replica = new ProgrammeReplica(cells, nodeId, clock);
        List<FieldEdit> minted = new ArrayList<>();
        for (Instrument i : stored.instruments()) {
            if (replica.fields(InstrumentFields.key(i)).isEmpty()) {
                minted.addAll(InstrumentFields.edits(Optional.empty(), i, replica.tick()));
            }
        }
        for (WorkingGroup g : stored.groups()) {
            if (replica.fields(WorkingGroupFields.key(g)).isEmpty()) {
                minted.addAll(WorkingGroupFields.edits(Optional.empty(), g, replica.tick()));
            }
        }
        for (Meeting m : stored.meetings()) {
            if (replica.fields(MeetingFields.key(m)).isEmpty()) {
                minted.addAll(MeetingFields.ownerEdits(Optional.empty(), m, replica.tick()));
            }
        }
        for (ActionItem a : stored.actions()) {
            if (replica.fields(ActionItemFields.key(a)).isEmpty()) {
                minted.addAll(ActionItemFields.edits(Optional.empty(), a, replica.tick()));
            }
        }
        if (!minted.isEmpty()) {
            merge(minted);
        }
        this.notOffered = replica.unreleased().size();
        publish();
    }

    /** Returns the register as it stands. */
    public ProgrammeRegister register() {
        return register;
    }

    /** Returns this node's nation, when it federates. */
    public Optional<Nation> self() {
        return self;
    }

    /** Returns today in UTC by the node's wall clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** Returns the dashboard for {@code day}, looking {@code horizonDays} ahead. */
    public Dashboard dashboard(LocalDate day, int horizonDays) {
        return Dashboard.of(register, day, horizonDays);
    }

    /**
     * Registers a new instrument built by {@code make} from the id minted for its side.
     *
     * @throws ProgrammeRefusal when the side is not this node's or the record is refused
     */
    public synchronized Instrument register(Nation side, Function<String, Instrument> make) {
        Instrument i = make(side, "I", instruments.keySet(), make);
        return saveInstrument(Optional.empty(), i);
    }

    /**
     * Attaches the signed text to an instrument: the bytes are stored under their SHA-256 first, then the
     * instrument refers to them.
     */
    public synchronized Instrument attachText(String instrumentId, String fileName, String mediaType, byte[] bytes) {
        Instrument current = instrument(instrumentId).orElseThrow(() -> missing("instrument", instrumentId));
        owned(current.owningSide(), "instrument " + instrumentId);
        DocumentRef ref = refused(() -> DocumentRef.of(fileName, mediaType, bytes));
        Instrument changed = current.withText(ref);
        store.saveDocument(ref, bytes);
        return saveInstrument(Optional.of(current), changed);
    }

    /**
     * Changes an instrument of this side after it was registered — signature, denunciation, termination, renewal,
     * amendment of its term — when the change fits the instrument as it stands on today.
     *
     * @throws ProgrammeRefusal.Conflict when it does not ({@link InstrumentChange#conflict})
     * @throws ProgrammeRefusal naming {@link InstrumentChange#field} when the dates do not fit
     */
    public synchronized Instrument changeInstrument(String instrumentId, InstrumentChange change) {
        Instrument current = instrument(instrumentId).orElseThrow(() -> missing("instrument", instrumentId));
        owned(current.owningSide(), "instrument " + instrumentId);
        Optional<String> conflict = change.conflict(current, today());
        if (conflict.isPresent()) {
            throw new ProgrammeRefusal.Conflict(conflict.get());
        }
        Instrument changed;
        try {
            changed = change.applyTo(current);
        } catch (IllegalArgumentException e) {
            throw new ProgrammeRefusal(change.field(), e.getMessage());
        }
        return saveInstrument(Optional.of(current), changed);
    }

    /** Stores an instrument of this side as field edits, shows it as the replica makes it, offers the edits. */
    private Instrument saveInstrument(Optional<Instrument> before, Instrument after) {
        List<FieldEdit> edits = InstrumentFields.edits(before, after, replica.tick());
        merge(edits);
        publish();
        offer(edits);
        return instruments.get(after.id());
    }

    /** Returns the bytes of an instrument's attached text, if it has one. */
    public Optional<byte[]> text(Instrument instrument) {
        return instrument.text().flatMap(t -> store.document(t.sha256()));
    }

    /** Creates a working group built by {@code make} from the id minted for its side. */
    public synchronized WorkingGroup createGroup(Nation side, Function<String, WorkingGroup> make) {
        WorkingGroup g = make(side, "WG", groups.keySet(), make);
        List<FieldEdit> edits = WorkingGroupFields.edits(Optional.empty(), g, replica.tick());
        merge(edits);
        publish();
        offer(edits);
        return groups.get(g.id());
    }

    /**
     * What an action item decided at a meeting is to be: which decision (by its position, 1 for the first),
     * what, who, which side acts and by when.
     *
     * @param decision the decision's position in the meeting, from 1
     * @param title what must be done
     * @param assignee the person responsible
     * @param side the side that must act
     * @param due the day it is due
     */
    public record ActionDraft(int decision, String title, String assignee, Nation side, LocalDate due) {}

    /**
     * Records a meeting built by {@code make} from the id minted for its side, with its decisions numbered
     * {@code D1, D2, …} in the order given and the action items born from them, in one step.
     *
     * @return the meeting and its action items
     */
    public synchronized MeetingRecord holdMeeting(
            Nation side,
            String workingGroupId,
            MeetingDraft make,
            List<String> decisionTexts,
            List<ActionDraft> drafts,
            String by) {
        WorkingGroup group = group(workingGroupId).orElseThrow(() -> missing("working group", workingGroupId));
        List<Decision> decisions = new ArrayList<>();
        for (int n = 0; n < decisionTexts.size(); n++) {
            int number = n + 1;
            decisions.add(refused(() -> new Decision("D" + number, decisionTexts.get(number - 1))));
        }
        Meeting meeting = make(side, "M", meetings.keySet(), id -> make.meeting(id, group.id(), decisions));
        Instant at = clock.instant();
        List<ActionItem> born = new ArrayList<>();
        List<String> taken = new ArrayList<>(actions.keySet());
        for (ActionDraft d : drafts) {
            if (d.decision() < 1 || d.decision() > decisions.size()) {
                throw new ProgrammeRefusal(
                        "actions",
                        "decision " + d.decision() + " is not one of the meeting's " + decisions.size() + " decisions");
            }
            owned(d.side(), "an action item for " + d.side());
            String id = nextId(d.side(), "A", taken);
            taken.add(id);
            born.add(refused(() -> ActionItem.fromDecision(
                    id, d.side(), meeting, decisions.get(d.decision() - 1), d.title(), d.assignee(), d.due(), by, at)));
        }
        Hlc stamped = replica.tick();
        List<FieldEdit> edits = new ArrayList<>(MeetingFields.ownerEdits(Optional.empty(), meeting, stamped));
        born.forEach(a -> edits.addAll(ActionItemFields.edits(Optional.empty(), a, stamped)));
        merge(edits);
        publish();
        offer(edits);
        return new MeetingRecord(
                meetings.get(meeting.id()),
                born.stream().map(a -> actions.get(a.id())).toList());
    }

    /** Builds a meeting from its minted id, its group and its numbered decisions. */
    @FunctionalInterface
    public interface MeetingDraft {
        /** Returns the meeting. */
        Meeting meeting(String id, String workingGroupId, List<Decision> decisions);
    }

    /**
     * A meeting with the action items born from it.
     *
     * @param meeting the meeting
     * @param actions its action items
     */
    public record MeetingRecord(Meeting meeting, List<ActionItem> actions) {}

    /** Moves an action item to {@code status}, the change recorded in its history with who made it. */
    public synchronized ActionItem changeStatus(String actionId, ActionStatus status, String by) {
        ActionItem current = action(actionId).orElseThrow(() -> missing("action item", actionId));
        owned(current.side(), "action item " + actionId);
        if (current.status() == status) {
            throw new ProgrammeRefusal("status", "action item " + actionId + " is already " + status);
        }
        ActionItem changed = current.withStatus(status, by, clock.instant());
        List<FieldEdit> edits = ActionItemFields.edits(Optional.of(current), changed, replica.tick());
        merge(edits);
        publish();
        offer(edits);
        return actions.get(changed.id());
    }

    /**
     * Moves an action item of this side to another due day, the reason kept in its history; the partner's node
     * receives the changed fields.
     *
     * @throws ProgrammeRefusal.Conflict when the item is done or cancelled, or already due that day
     */
    public synchronized ActionItem reschedule(String actionId, LocalDate due, String reason, String by) {
        ActionItem current = pending(actionId);
        if (current.due().equals(due)) {
            throw new ProgrammeRefusal.Conflict("action item " + actionId + " is already due on " + due);
        }
        return changeAction(current, refused(() -> current.rescheduled(due, reason, by, clock.instant())));
    }

    /**
     * An action item given to another person, and possibly to the other side.
     *
     * @param action the item as it now stands (cancelled when the other side took it over)
     * @param takenOver the other side's item that replaces it, when the side changed
     */
    public record Reassigned(ActionItem action, Optional<ActionItem> takenOver) {}

    /**
     * Gives an action item of this side to another assignee and, on a node without federation, to another side:
     * the side that must act owns an item, so the item is then cancelled and the other side's item opened in its
     * place ({@link ActionItem#handedOver}). A federating node records only its own side's items, so it refuses
     * handing one to the partner: the partner's node records it.
     *
     * @throws ProgrammeRefusal.Conflict when the item is done or cancelled, already assigned so, or the side
     *     change is not this node's to make
     */
    public synchronized Reassigned reassign(String actionId, String assignee, Optional<Nation> side, String by) {
        ActionItem current = pending(actionId);
        Nation to = side.orElse(current.side());
        if (to.equals(current.side())) {
            if (current.assignee().equals(assignee)) {
                throw new ProgrammeRefusal.Conflict("action item " + actionId + " is already assigned to " + assignee);
            }
            return new Reassigned(
                    changeAction(current, refused(() -> current.reassigned(assignee, by, clock.instant()))),
                    Optional.empty());
        }
        if (self.isPresent()) {
            throw new ProgrammeRefusal.Conflict("action item " + actionId + " is " + current.side()
                    + "'s to act on; an item for " + to + " is recorded by " + to + "'s node");
        }
        Instant at = clock.instant();
        String newId = nextId(to, "A", actions.keySet());
        ActionItem ended = refused(() -> current.handedOver(newId, to, assignee, by, at));
        ActionItem theirs = refused(() -> current.takenOverAs(newId, to, assignee, by, at));
        Hlc stamp = replica.tick();
        List<FieldEdit> edits = new ArrayList<>(ActionItemFields.edits(Optional.of(current), ended, stamp));
        edits.addAll(ActionItemFields.edits(Optional.empty(), theirs, stamp));
        merge(edits);
        publish();
        offer(edits);
        return new Reassigned(actions.get(actionId), Optional.of(actions.get(newId)));
    }

    private ActionItem pending(String actionId) {
        ActionItem current = action(actionId).orElseThrow(() -> missing("action item", actionId));
        owned(current.side(), "action item " + actionId);
        if (!current.status().isPending()) {
            throw new ProgrammeRefusal.Conflict("action item " + actionId + " is " + current.status()
                    + ": only an open or in-progress item is rescheduled or reassigned");
        }
        return current;
    }

    private ActionItem changeAction(ActionItem current, ActionItem changed) {
        List<FieldEdit> edits = ActionItemFields.edits(Optional.of(current), changed, replica.tick());
        merge(edits);
        publish();
        offer(edits);
        return actions.get(changed.id());
    }

    /**
     * Changes the place or the minutes of a meeting of this side (empty leaves a field as it is): one edit per
     * field that changes.
     */
    public synchronized Meeting changeMeeting(String meetingId, Optional<String> place, Optional<String> minutes) {
        Meeting current = meeting(meetingId).orElseThrow(() -> missing("meeting", meetingId));
        owned(current.owningSide(), "meeting " + meetingId);
        RecordKey key = MeetingFields.key(current);
        Map<String, String> fields = replica.fields(key);
        Hlc at = replica.tick();
        List<FieldEdit> edits = new ArrayList<>();
        place.filter(p -> !p.equals(fields.get("place")))
                .ifPresent(p -> edits.add(new FieldEdit(new FieldKey(key, "place"), p, at, current.owningSide())));
        minutes.filter(m -> !m.equals(fields.get("minutes")))
                .ifPresent(m -> edits.add(new FieldEdit(new FieldKey(key, "minutes"), m, at, current.owningSide())));
        // The meeting these fields would make is checked before anything is stored (a blank place is refused).
        refused(() -> replica.meetingAfter(edits, key).orElseThrow());
        merge(edits);
        publish();
        offer(edits);
        return meetings.get(meetingId);
    }

    /**
     * Sets the people this node's side sends to a partner's meeting: the one part of the partner's meeting this
     * side writes ({@code side.<this side>.attendees}), listed after the partner's own attendees.
     */
    public synchronized Meeting sendAttendees(String meetingId, List<Participant> attendees) {
        Meeting current = meeting(meetingId).orElseThrow(() -> missing("meeting", meetingId));
        Nation side = self.orElseThrow(() -> new ProgrammeRefusal(
                "", "only a node that federates sends attendees to a partner's meeting; record them in the meeting"));
        if (current.owningSide().equals(side)) {
            throw new ProgrammeRefusal(
                    "", "meeting " + meetingId + " belongs to " + side + ": its attendees are recorded in the meeting");
        }
        for (Participant p : attendees) {
            if (!p.side().equals(side)) {
                throw new ProgrammeRefusal(
                        "attendees", side + " sends only its own people, not " + p.name() + " of " + p.side());
            }
        }
        FieldEdit edit = MeetingFields.partnerAttendees(MeetingFields.key(current), side, attendees, replica.tick());
        refused(() ->
                replica.meetingAfter(List.of(edit), MeetingFields.key(current)).orElseThrow());
        merge(List.of(edit));
        publish();
        offer(List.of(edit));
        return meetings.get(meetingId);
    }

    /**
     * Merges edits received from a partner's node of {@code side}: an edit its side may not make (a field it
     * does not own, or made by another side than the sending node's), or one that would leave its record
     * unreadable, is refused — counted, never applied — and its reason returned; the others are merged and
     * stored. This node's clock moves past every stamp received.
     *
     * @return the reasons of the refused edits, in order
     */
    public synchronized List<String> receive(Nation side, List<FieldEdit> edits) {
        ProgrammeReplica.Checked checked = replica.check(side, edits);
        if (!checked.allowed().isEmpty()) {
            mergeReceived(checked.allowed());
            publish();
        }
        receivedApplied += checked.allowed().size();
        receivedRefused += checked.refusals().size();
        if (!checked.refusals().isEmpty()) {
            lastRefusal = checked.refusals().getLast();
        }
        return checked.refusals();
    }

    /** Counts programme records from a partner that were not accepted at all (not taken, or unreadable). */
    public synchronized void refuseUnread(int count, String reason) {
        receivedRefused += count;
        lastRefusal = reason;
    }

    /**
     * What the exchange of edits has done since start.
     *
     * @param applied edits received and merged
     * @param refused edits received and refused
     * @param lastRefusal the reason of the last refusal, empty when none
     * @param notOffered own edits stored but not yet released to the partners (the outlet failed); they are
     *     offered again with the next change, periodically and at start
     * @param offerFailures how many times since start the release of own edits failed
     * @param lastOfferFailure why it last failed, empty when never
     * @param clock this node's latest clock stamp
     */
    public record SyncStatus(
            long applied,
            long refused,
            String lastRefusal,
            long notOffered,
            long offerFailures,
            String lastOfferFailure,
            String clock) {}

    /** Returns what the exchange of edits has done since start. */
    public synchronized SyncStatus syncStatus() {
        return new SyncStatus(
                receivedApplied,
                receivedRefused,
                lastRefusal,
                notOffered,
                offerFailures,
                lastOfferFailure,
                replica.stamp().toString());
    }

    /**
     * Offers the partners every own edit stored but not yet released: those minted at load for records stored
     * without cells, and those whose release failed (the federation store down). The node calls it once
     * federation runs and then periodically; a failure is counted and they wait for the next call.
     */
    public synchronized void offerUnreleased() {
        offer();
    }

    /**
     * Merges this node's own edits, stores them marked unreleased, and shows the records they changed as the
     * replica now makes them.
     */
    private void merge(List<FieldEdit> edits) {
        show(replica.merge(edits, true));
    }

    /** Merges a partner's allowed edits and stores them. */
    private void mergeReceived(List<FieldEdit> edits) {
        show(replica.merge(edits, false));
    }

    private void show(ProgrammeReplica.Merged merged) {
        merged.instruments().forEach(i -> instruments.put(i.id(), i));
        merged.groups().forEach(g -> groups.put(g.id(), g));
        merged.meetings().forEach(m -> meetings.put(m.id(), m));
        merged.actions().forEach(a -> actions.put(a.id(), a));
    }

    /**
     * Hands this node's own stored edits to the partners: the ones just made, with every earlier one whose
     * release failed (all are the cells still marked unreleased, so a field changed twice is offered once, at
     * its latest value); once the outlet took them, they are marked released. A failure is counted, the change
     * stays made and marked, and the next change, {@link #offerUnreleased} or the next start offers it again
     * (a partner merges an edit offered twice as once).
     */
    private void offer(List<FieldEdit> edits) {
        if (!edits.isEmpty()) {
            offer();
        }
    }

    private void offer() {
        List<FieldEdit> due = replica.unreleased();
        if (due.isEmpty()) {
            notOffered = 0;
            return;
        }
        try {
            outlet.accept(due);
        } catch (RuntimeException e) {
            // The change is stored and shown here; only its release failed. Counted and shown in the sync
            // status rather than undoing an officer's stored change; it stays marked until released.
            notOffered = due.size();
            offerFailures++;
            lastOfferFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return;
        }
        replica.released(due);
        notOffered = 0;
    }

    /** Opens an acquisition case built by {@code make} from the id minted for its side. */
    public synchronized AcquisitionCase openCase(Nation side, Function<String, AcquisitionCase> make) {
        AcquisitionCase c = make(side, "C", cases.keySet(), make);
        store.save(c);
        cases.put(c.id(), c);
        publish();
        return c;
    }

    /**
     * A delivered unit of a line tracked unit by unit, as the officer describes it; the register mints its
     * asset id.
     *
     * @param name its name or call sign
     * @param registration its hull or tail number
     * @param search its search capability, for search units
     */
    public record UnitDraft(String name, String registration, Optional<SearchCapability> search) {}

    /**
     * Records a delivery on a case; each unit of a tracked line becomes an asset of the requesting side, with
     * an id minted for that side, stored with the case in one step.
     */
    public synchronized DeliveryOutcome.Delivered deliver(
            String caseId, String lineId, LocalDate day, int quantity, List<UnitDraft> units) {
        AcquisitionCase current = acquisitionCase(caseId).orElseThrow(() -> missing("acquisition case", caseId));
        owned(current.owningSide(), "acquisition case " + caseId);
        List<String> taken = new ArrayList<>(assets.keySet());
        List<AssetDetails> details = new ArrayList<>();
        for (UnitDraft u : units) {
            String id = nextId(current.requestingSide(), "AS", taken);
            taken.add(id);
            details.add(new AssetDetails(id, u.name(), u.registration(), u.search()));
        }
        DeliveryOutcome outcome = refused(() -> current.deliver(lineId, day, quantity, details));
        return switch (outcome) {
            case DeliveryOutcome.Refused r -> throw new ProgrammeRefusal("", r.reason());
            case DeliveryOutcome.Delivered d -> {
                store.saveDelivery(d.acquisitionCase(), d.assets());
                cases.put(caseId, d.acquisitionCase());
                d.assets().forEach(a -> assets.put(a.id(), a));
                publish();
                yield d;
            }
        };
    }

    /**
     * Adds a dated step (an offer, its acceptance, an amendment...) to a case of this side; the case's own
     * rules (a step not before the one it follows, one acceptance...) refuse what does not fit.
     */
    public synchronized AcquisitionCase addStep(String caseId, CaseStep step) {
        return changeCase(caseId, c -> c.withStep(step));
    }

    /** Records that a case's milestone was reached on {@code day}. */
    public synchronized AcquisitionCase milestoneReached(String caseId, String milestone, LocalDate day) {
        return changeCase(caseId, c -> c.milestoneReached(milestone, day));
    }

    private AcquisitionCase changeCase(String caseId, java.util.function.UnaryOperator<AcquisitionCase> change) {
        AcquisitionCase current = acquisitionCase(caseId).orElseThrow(() -> missing("acquisition case", caseId));
        owned(current.owningSide(), "acquisition case " + caseId);
        AcquisitionCase changed = refused(() -> change.apply(current));
        store.save(changed);
        cases.put(caseId, changed);
        publish();
        return changed;
    }

    /** Returns the acquisition case with this id. */
    public Optional<AcquisitionCase> acquisitionCase(String id) {
        return Optional.ofNullable(find(register.cases(), AcquisitionCase::id, id));
    }

    /** Returns the asset with this id. */
    public Optional<Asset> asset(String id) {
        return Optional.ofNullable(find(register.assets(), Asset::id, id));
    }

    /** Returns the instrument with this id. */
    public Optional<Instrument> instrument(String id) {
        return Optional.ofNullable(find(register.instruments(), Instrument::id, id));
    }

    /** Returns the working group with this id. */
    public Optional<WorkingGroup> group(String id) {
        return Optional.ofNullable(find(register.groups(), WorkingGroup::id, id));
    }

    /** Returns the meeting with this id. */
    public Optional<Meeting> meeting(String id) {
        return Optional.ofNullable(find(register.meetings(), Meeting::id, id));
    }

    /** Returns the action item with this id. */
    public Optional<ActionItem> action(String id) {
        return Optional.ofNullable(find(register.actions(), ActionItem::id, id));
    }

    /** Returns every meeting and action item as one iCalendar file (RFC 5545). */
    public String calendar() {
        ProgrammeRegister r = register;
        return calendar.write(r.meetings(), r.actions(), clock.instant());
    }

    /** Returns the printable report of a meeting as PDF bytes, overdue items as of today. */
    public Optional<byte[]> report(String meetingId) {
        ProgrammeRegister r = register;
        // A partner's meeting whose working group has not reached this node yet has no report here.
        return meeting(meetingId)
                .filter(m -> find(r.groups(), WorkingGroup::id, m.workingGroupId()) != null)
                .map(m -> {
                    WorkingGroup g = find(r.groups(), WorkingGroup::id, m.workingGroupId());
                    List<ActionItem> items = r.actions().stream()
                            .filter(a -> a.meetingId().equals(m.id()))
                            .toList();
                    return MeetingReportPdf.render(new MeetingReport(g, m, items, today()));
                });
    }

    private <T> T make(Nation side, String kind, Iterable<String> taken, Function<String, T> make) {
        owned(side, "a record for " + side);
        String id = nextId(side, kind, taken);
        return refused(() -> make.apply(id));
    }

    private void owned(Nation side, String what) {
        if (self.isPresent() && !self.get().equals(side)) {
            throw new ProgrammeRefusal("side", "this node keeps the records of " + self.get() + " only, not " + what);
        }
    }

    private static String nextId(Nation side, String kind, Iterable<String> taken) {
        String prefix = side.alpha3() + "-" + kind + "-";
        int highest = 0;
        for (String id : taken) {
            if (id.startsWith(prefix)) {
                try {
                    highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // an id of another shape (made elsewhere) does not take a number
                }
            }
        }
        return prefix + (highest + 1);
    }

    private static <T> T refused(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new ProgrammeRefusal("", e.getMessage());
        }
    }

    private static ProgrammeRefusal missing(String what, String id) {
        return new ProgrammeRefusal.NotFound("no " + what + " " + id);
    }

    private static <T> T find(List<T> items, Function<T, String> id, String wanted) {
        for (T t : items) {
            if (id.apply(t).equals(wanted)) {
                return t;
            }
        }
        return null;
    }

    private void publish() {
        register = new ProgrammeRegister(
                List.copyOf(instruments.values()),
                List.copyOf(groups.values()),
                List.copyOf(meetings.values()),
                List.copyOf(actions.values()),
                List.copyOf(cases.values()),
                List.copyOf(assets.values()));
    }
}
