package io.jisr.detect.alert;

import io.jisr.detect.Detection;
import io.jisr.detect.DetectionChange;
import io.jisr.detect.Encounter;
import io.jisr.detect.IdentityAnomaly;
import io.jisr.detect.Loitering;
import io.jisr.detect.zone.ZoneSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Turns detection changes into alerts, one per situation, and runs their lifecycle. Not thread-safe:
 * the app feeds it from one thread and publishes the alerts it returns.
 *
 * <p>Duplicate suppression: every change of one detection updates the same alert, even after a
 * watch officer closed it (the alert stays closed); repeated identity anomalies of one kind for one
 * vessel update the same alert until it is closed, after which the next one raises a new alert; an
 * encounter of the same two vessels or a loitering of the same vessel seen by the second rule, or
 * resumed within an hour of its end, updates the same alert (open or closed). A withdrawn detection
 * marks its alert withdrawn with the reason rather than deleting it, because someone may already have
 * acted on it.
 */
public final class AlertBook {
    private static final int MAX_COMMENT = 2_000;

    private final List<AlertRule> rules;
    private ZoneSet zones;
    private final VesselFacts facts;
    private final Map<String, Alert> alerts = new LinkedHashMap<>();
    private final Map<String, String> openBySituation = new HashMap<>();
    private final Map<String, String> closedByDetection = new HashMap<>();
    /** Encounters and loitering only: the closed alert of a situation, for the other rule's detection. */
    private final Map<String, String> closedBySituation = new HashMap<>();

    private long sequence;

    /** Builds an empty book over these rules. */
    public AlertBook(List<AlertRule> rules, ZoneSet zones, VesselFacts facts) {
        this.rules = List.copyOf(rules);
        this.zones = zones;
        this.facts = facts;
    }

    /**
     * How long after an encounter or loitering ended a new one of the same vessels still belongs to the
     * same situation: the two rules of each (GFW and rendezvous, GFW and transshipment) see one meeting
     * twice, and a meeting interrupted by a few minutes apart is still one meeting.
     */
    static final Duration SAME_SITUATION_GAP = Duration.ofHours(1);

    /** Returns the key that merges detections of one situation. */
    static String situationOf(Detection detection) {
        return switch (detection) {
            case IdentityAnomaly anomaly ->
                "identity/" + anomaly.anomaly() + ':' + anomaly.mmsi().value();
            case Encounter e ->
                "encounter/" + e.first().value() + ':' + e.second().value();
            case Loitering l -> "loitering/" + l.mmsi().value();
            default -> detection.id();
        };
    }

    /**
     * Returns whether a detection continues an alert of its situation: always for identity anomalies
     * (one alert until someone closes it) and for further changes of the alert's own detection. An
     * encounter or loitering continues it when it is the other rule's view of a situation not over for
     * {@link #SAME_SITUATION_GAP}, or the same rule's next one beginning within that gap after the
     * alert's ended; so the same two ships meeting again next week raise a new alert.
     */
    private static boolean continues(Alert alert, Detection detection) {
        if (!(detection instanceof Encounter || detection instanceof Loitering)
                || alert.detection().id().equals(detection.id())) {
            return true;
        }
        boolean sameRule = ruleOf(alert.detection()).equals(ruleOf(detection));
        if (!alert.situationEnded()) {
            return !sameRule;
        }
        Instant ended = alert.detection().end().orElse(alert.updatedAt());
        return detection.start().isBefore(ended.plus(SAME_SITUATION_GAP));
    }

    private static String ruleOf(Detection detection) {
        return switch (detection) {
            case Encounter e -> e.rule();
            case Loitering l -> l.rule();
            default -> "";
        };
    }

    /** Applies one detection change; returns the alert it raised or changed, if any. */
    public Optional<Alert> apply(DetectionChange change) {
        Detection detection = change.detection();
        String situation = situationOf(detection);
        Alert existing = existingAlert(situation, detection);
        Instant at = change.decidedAt();
        if (change instanceof DetectionChange.Withdrawn withdrawn) {
            if (existing == null || !existing.detection().id().equals(detection.id())) {
                // Nothing raised, or the alert stands on the other rule's detection, which still holds.
                return Optional.empty();
            }
            return Optional.of(
                    put(with(existing, detection, at, existing.situationEnded(), Optional.of(withdrawn.reason()))));
        }
        boolean ended = change instanceof DetectionChange.Closed;
        if (existing != null) {
            return Optional.of(put(with(existing, detection, at, ended, existing.withdrawal())));
        }
        Optional<AlertRule> rule = rules.stream()
                .filter(r -> r.matches(detection, zones, facts))
                .max(Comparator.comparing(AlertRule::severity));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Alert alert = new Alert(
                "alert-" + (++sequence),
                situation,
                rule.get().name(),
                rule.get().severity(),
                AlertState.NEW,
                detection,
                at,
                at,
                0,
                ended,
                Optional.empty(),
                List.of());
        openBySituation.put(situation, alert.id());
        return Optional.of(put(alert));
    }

    /**
     * Returns the alert a change of this detection updates: the one closed on this very detection, else
     * the open alert of its situation, else (encounters and loitering, whose two rules see one
     * situation twice) the closed alert of its situation; each only while {@link #continues} holds.
     */
    private Alert existingAlert(String situation, Detection detection) {
        return Optional.ofNullable(closedByDetection.get(detection.id()))
                .or(() -> Optional.ofNullable(openBySituation.get(situation))
                        .filter(id -> continues(alerts.get(id), detection)))
                .or(() -> Optional.ofNullable(closedBySituation.get(situation))
                        .filter(id -> continues(alerts.get(id), detection)))
                .map(alerts::get)
                .orElse(null);
    }

    private static Alert with(Alert a, Detection detection, Instant at, boolean ended, Optional<String> withdrawal) {
        return new Alert(
                a.id(),
                a.situation(),
                a.rule(),
                a.severity(),
                a.state(),
                detection,
                a.raisedAt(),
                at,
                a.updates() + 1,
                ended,
                withdrawal,
                a.notes(),
                a.source());
    }

    private Alert put(Alert alert) {
        alerts.put(alert.id(), alert);
        return alert;
    }

    /**
     * Takes back alerts a previous run stored, so that a restarted node goes on updating them instead
     * of raising them again: an alert not closed keeps its situation, a closed one keeps absorbing its
     * detection's changes, and new alerts are numbered after the highest restored number. Call before
     * the first {@link #apply}; later restored alerts of one situation win over earlier ones.
     */
    public void restore(List<Alert> stored) {
        stored.stream().sorted(Comparator.comparing(Alert::sequence)).forEach(alert -> {
            put(alert);
            if (alert.isFromPartner()) {
                // A partner's alert is changed by the partner's versions only, never by local detections.
                return;
            }
            if (alert.state() == AlertState.CLOSED) {
                forgetClosed(alert);
            } else {
                openBySituation.put(alert.situation(), alert.id());
            }
            sequence = Math.max(sequence, alert.sequence());
        });
    }

    private void forgetClosed(Alert alert) {
        if (alert.isFromPartner()) {
            return;
        }
        openBySituation.remove(alert.situation(), alert.id());
        closedByDetection.put(alert.detection().id(), alert.id());
        if (alert.detection() instanceof Encounter || alert.detection() instanceof Loitering) {
            closedBySituation.put(alert.situation(), alert.id());
        }
    }

    /** What {@link #receive} did with a partner's alert. */
    public enum Receipt {
        /** Not held before: added as {@link AlertState#NEW}. */
        ADDED,
        /** A later version of one held: its facts replaced, its local state and notes kept. */
        UPDATED,
        /** The same version as held, or an older one: nothing changed. */
        UNCHANGED
    }

    /**
     * The outcome of {@link #receive}.
     *
     * @param receipt what was done
     * @param alert the alert as held now
     */
    public record Received(Receipt receipt, Alert alert) {}

    /**
     * Takes an alert a partner's node raised, with its {@link Alert.Source}. It is held beside this node's
     * alerts under its own id and situation (never merged with a local one, and never changed by a local
     * detection) and has its own local lifecycle: a new one is {@link AlertState#NEW} without notes; a later
     * version replaces the partner's facts (rule, severity, detection, times, end, withdrawal) and keeps the
     * state and notes given here; the same or an older version changes nothing.
     *
     * @throws IllegalArgumentException when the alert has no source, or its id is a local alert's
     */
    public Received receive(Alert partner) {
        Alert.Source source = partner.source()
                .orElseThrow(() -> new IllegalArgumentException("alert " + partner.id() + " has no partner source"));
        Alert held = alerts.get(partner.id());
        if (held == null) {
            Alert added = new Alert(
                    partner.id(),
                    partner.situation(),
                    partner.rule(),
                    partner.severity(),
                    AlertState.NEW,
                    partner.detection(),
                    partner.raisedAt(),
                    partner.updatedAt(),
                    partner.updates(),
                    partner.situationEnded(),
                    partner.withdrawal(),
                    List.of(),
                    partner.source());
            return new Received(Receipt.ADDED, put(added));
        }
        if (held.source().isEmpty()) {
            throw new IllegalArgumentException("alert " + partner.id() + " is an alert of this node");
        }
        if (source.version() <= held.source().get().version()) {
            return new Received(Receipt.UNCHANGED, held);
        }
        Alert updated = new Alert(
                held.id(),
                held.situation(),
                partner.rule(),
                partner.severity(),
                held.state(),
                partner.detection(),
                partner.raisedAt(),
                partner.updatedAt(),
                partner.updates(),
                partner.situationEnded(),
                partner.withdrawal(),
                held.notes(),
                partner.source());
        return new Received(Receipt.UPDATED, put(updated));
    }

    /** Acknowledges a new alert with a comment; {@code by} is who did it. */
    public Transition acknowledge(String alertId, String by, String comment, Instant at) {
        return step(alertId, by, comment, at, AlertState.ACKNOWLEDGED);
    }

    /** Closes a new or acknowledged alert with a comment; {@code by} is who did it. */
    public Transition close(String alertId, String by, String comment, Instant at) {
        return step(alertId, by, comment, at, AlertState.CLOSED);
    }

    private Transition step(String alertId, String by, String comment, Instant at, AlertState target) {
        Alert a = alerts.get(alertId);
        if (a == null) {
            return new Transition.Refused("no alert " + alertId);
        }
        if (comment.isBlank()) {
            return new Transition.Refused("a comment is needed to " + verb(target) + " alert " + alertId);
        }
        if (comment.length() > MAX_COMMENT) {
            return new Transition.Refused(
                    "comment must be at most " + MAX_COMMENT + " characters, was " + comment.length());
        }
        boolean allowed = switch (target) {
            case ACKNOWLEDGED -> a.state() == AlertState.NEW;
            case CLOSED -> a.state() != AlertState.CLOSED;
            case NEW -> false;
        };
        if (!allowed) {
            return new Transition.Refused(
                    "alert " + alertId + " is " + a.state() + " and cannot be " + verb(target) + "d");
        }
        List<Alert.Note> notes = new ArrayList<>(a.notes());
        notes.add(new Alert.Note(at, target, by, comment.strip()));
        Alert changed = new Alert(
                a.id(),
                a.situation(),
                a.rule(),
                a.severity(),
                target,
                a.detection(),
                a.raisedAt(),
                at,
                a.updates(),
                a.situationEnded(),
                a.withdrawal(),
                notes,
                a.source());
        if (target == AlertState.CLOSED) {
            // The detection it was closed on keeps updating this alert (closed, so no new alarm);
            // only a new detection of the situation raises a new alert.
            forgetClosed(changed);
        }
        return new Transition.Done(put(changed));
    }

    private static String verb(AlertState target) {
        return target == AlertState.ACKNOWLEDGED ? "acknowledge" : "close";
    }

    /** Returns the alert with this id. */
    public Optional<Alert> alert(String id) {
        return Optional.ofNullable(alerts.get(id));
    }

    /** Replaces the zones rules are matched against (operators edit zones while the node runs). */
    public void replaceZones(ZoneSet zones) {
        this.zones = zones;
    }

    /** Returns how many alerts the book holds. */
    public int size() {
        return alerts.size();
    }

    /** Returns the alerts that pass the filter, oldest first. */
    public List<Alert> alerts(Predicate<Alert> filter) {
        return alerts.values().stream().filter(filter).toList();
    }
}
