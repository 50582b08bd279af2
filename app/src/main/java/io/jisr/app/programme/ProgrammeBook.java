package io.jisr.app.programme;

import io.jisr.programme.ActionItem;
import io.jisr.programme.ActionStatus;
import io.jisr.programme.Dashboard;
import io.jisr.programme.Decision;
import io.jisr.programme.DocumentRef;
import io.jisr.programme.Instrument;
import io.jisr.programme.Meeting;
import io.jisr.programme.Nation;
import io.jisr.programme.ProgrammeRegister;
import io.jisr.programme.ProgrammeStore;
import io.jisr.programme.WorkingGroup;
import io.jisr.programme.acquisition.AcquisitionCase;
import io.jisr.programme.acquisition.Asset;
import io.jisr.programme.acquisition.AssetDetails;
import io.jisr.programme.acquisition.DeliveryOutcome;
import io.jisr.programme.acquisition.SearchCapability;
import io.jisr.programme.export.MeetingReport;
import io.jisr.programme.export.MeetingReportPdf;
import io.jisr.programme.export.ProgrammeCalendar;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Loads the stored register.
     *
     * @param self this node's nation when it federates; it then keeps records of that side only
     * @param nodeId this node's id, the domain of the calendar's UIDs
     */
    public ProgrammeBook(ProgrammeStore store, Optional<Nation> self, String nodeId, InstantSource clock) {
        this.store = store;
        this.self = self;
        this.clock = clock;
        this.calendar = new ProgrammeCalendar(nodeId + ".jisr");
        ProgrammeRegister stored = store.load();
        stored.instruments().forEach(i -> instruments.put(i.id(), i));
        stored.groups().forEach(g -> groups.put(g.id(), g));
        stored.meetings().forEach(m -> meetings.put(m.id(), m));
        stored.actions().forEach(a -> actions.put(a.id(), a));
        stored.cases().forEach(c -> cases.put(c.id(), c));
        stored.assets().forEach(a -> assets.put(a.id(), a));
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
        store.save(i);
        instruments.put(i.id(), i);
        publish();
        return i;
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
        store.save(changed);
        instruments.put(changed.id(), changed);
        publish();
        return changed;
    }

    /** Returns the bytes of an instrument's attached text, if it has one. */
    public Optional<byte[]> text(Instrument instrument) {
        return instrument.text().flatMap(t -> store.document(t.sha256()));
    }

    /** Creates a working group built by {@code make} from the id minted for its side. */
    public synchronized WorkingGroup createGroup(Nation side, Function<String, WorkingGroup> make) {
        WorkingGroup g = make(side, "WG", groups.keySet(), make);
        store.save(g);
        groups.put(g.id(), g);
        publish();
        return g;
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
        store.save(meeting);
        store.saveActions(born);
        meetings.put(meeting.id(), meeting);
        born.forEach(a -> actions.put(a.id(), a));
        publish();
        return new MeetingRecord(meeting, born);
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
        store.saveActions(List.of(changed));
        actions.put(changed.id(), changed);
        publish();
        return changed;
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
        return meeting(meetingId).map(m -> {
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
