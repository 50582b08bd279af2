package io.jisr.incident;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The controlled vocabulary's event types. Each has sub-types ({@link SubEventType}); a report names a
 * sub-type, and the type follows from it. The vocabulary follows the public conflict-event codebook
 * (ACLED's six event types and 25 sub-event types) where it is fine enough for the Sahel desk and adds
 * what that codebook files under "Strategic developments": kidnap for ransom, border incidents, smuggling
 * interdictions. {@code docs/incidents.md} gives the correspondence table.
 */
public enum EventType {
    /** Armed groups or forces fight each other (codebook: Battles). */
    ARMED_CLASH("Armed clash"),
    /** Armed actors attack unarmed civilians (codebook: Violence against civilians). */
    ATTACK_ON_CIVILIANS("Attack on civilians"),
    /** Explosives or weapons used from a distance (codebook: Explosions/Remote violence). */
    EXPLOSION_REMOTE_VIOLENCE("Explosion / remote violence"),
    /** People taken: abduction, forced disappearance, kidnap for ransom. */
    ABDUCTION("Abduction / kidnap"),
    /** Violations and incidents at or across a border. */
    BORDER_INCIDENT("Border incident"),
    /** Smuggled weapons, drugs, fuel, goods or people intercepted. */
    SMUGGLING_INTERDICTION("Smuggling interdiction"),
    /** Arrests and detentions by security forces. */
    ARREST("Arrest"),
    /** Protests and riots (codebook: Protests and Riots). */
    DEMONSTRATION("Demonstration / riot"),
    /** Other security-relevant developments (codebook: the rest of Strategic developments). */
    OTHER_DEVELOPMENT("Other development");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    /** Returns the English label shown to analysts. */
    public String label() {
        return label;
    }

    /** Returns this type's sub-types in vocabulary order. */
    public List<SubEventType> subTypes() {
        return SubEventType.ofType(this);
    }

    /** Returns the type with this constant name or label, ignoring case and spacing, if any. */
    public static Optional<EventType> parse(String text) {
        String key = SubEventType.key(text);
        for (EventType t : values()) {
            if (SubEventType.key(t.name()).equals(key)
                    || SubEventType.key(t.label).equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
