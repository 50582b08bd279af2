package io.jisr.incident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabulary's sub-types, each under one {@link EventType} and each mapped to the public
 * conflict-event codebook's event type and sub-event type (ACLED codebook, 2023 edition, as written in
 * its exports). Several sub-types may map to one codebook sub-type; {@link #fromCodebook} reads a
 * codebook pair back into the first sub-type that maps to it (its "default").
 */
public enum SubEventType {
    ARMED_CLASH(EventType.ARMED_CLASH, "Armed clash", Codebook.BATTLES, "Armed clash"),
    TERRITORY_REGAINED(
            EventType.ARMED_CLASH, "Government regains territory", Codebook.BATTLES, "Government regains territory"),
    TERRITORY_TAKEN(
            EventType.ARMED_CLASH,
            "Non-state actor overtakes territory",
            Codebook.BATTLES,
            "Non-state actor overtakes territory"),

    ATTACK(EventType.ATTACK_ON_CIVILIANS, "Attack", Codebook.CIVILIANS, "Attack"),
    SEXUAL_VIOLENCE(EventType.ATTACK_ON_CIVILIANS, "Sexual violence", Codebook.CIVILIANS, "Sexual violence"),

    IED(EventType.EXPLOSION_REMOTE_VIOLENCE, "IED / landmine", Codebook.EXPLOSIONS, "Remote explosive/landmine/IED"),
    SUICIDE_BOMB(EventType.EXPLOSION_REMOTE_VIOLENCE, "Suicide bomb", Codebook.EXPLOSIONS, "Suicide bomb"),
    SHELLING(
            EventType.EXPLOSION_REMOTE_VIOLENCE,
            "Shelling / artillery / missile",
            Codebook.EXPLOSIONS,
            "Shelling/artillery/missile attack"),
    AIR_STRIKE(EventType.EXPLOSION_REMOTE_VIOLENCE, "Air or drone strike", Codebook.EXPLOSIONS, "Air/drone strike"),
    GRENADE(EventType.EXPLOSION_REMOTE_VIOLENCE, "Grenade", Codebook.EXPLOSIONS, "Grenade"),
    CHEMICAL_WEAPON(EventType.EXPLOSION_REMOTE_VIOLENCE, "Chemical weapon", Codebook.EXPLOSIONS, "Chemical weapon"),

    ABDUCTION(
            EventType.ABDUCTION,
            "Abduction / forced disappearance",
            Codebook.CIVILIANS,
            "Abduction/forced disappearance"),
    KIDNAP_FOR_RANSOM(EventType.ABDUCTION, "Kidnap for ransom", Codebook.CIVILIANS, "Abduction/forced disappearance"),

    BORDER_INCURSION(EventType.BORDER_INCIDENT, "Armed incursion", Codebook.STRATEGIC, "Other"),
    BORDER_VIOLATION(EventType.BORDER_INCIDENT, "Unauthorised crossing", Codebook.STRATEGIC, "Other"),

    ARMS_SEIZURE(EventType.SMUGGLING_INTERDICTION, "Arms and explosives", Codebook.STRATEGIC, "Disrupted weapons use"),
    DRUGS_SEIZURE(EventType.SMUGGLING_INTERDICTION, "Drugs", Codebook.STRATEGIC, "Other"),
    FUEL_GOODS_SEIZURE(EventType.SMUGGLING_INTERDICTION, "Fuel and goods", Codebook.STRATEGIC, "Other"),
    MIGRANT_SMUGGLING(EventType.SMUGGLING_INTERDICTION, "People smuggling", Codebook.STRATEGIC, "Other"),

    ARREST(EventType.ARREST, "Arrest", Codebook.STRATEGIC, "Arrests"),

    PEACEFUL_PROTEST(EventType.DEMONSTRATION, "Peaceful protest", Codebook.PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(
            EventType.DEMONSTRATION, "Protest with intervention", Codebook.PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE(
            EventType.DEMONSTRATION,
            "Excessive force against protesters",
            Codebook.PROTESTS,
            "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(EventType.DEMONSTRATION, "Violent demonstration", Codebook.RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(EventType.DEMONSTRATION, "Mob violence", Codebook.RIOTS, "Mob violence"),

    AGREEMENT(EventType.OTHER_DEVELOPMENT, "Agreement", Codebook.STRATEGIC, "Agreement"),
    CHANGE_TO_GROUP(
            EventType.OTHER_DEVELOPMENT, "Change to group/activity", Codebook.STRATEGIC, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(
            EventType.OTHER_DEVELOPMENT,
            "Disrupted weapons use (IED defused, cache found)",
            Codebook.STRATEGIC,
            "Disrupted weapons use"),
    BASE_ESTABLISHED(
            EventType.OTHER_DEVELOPMENT,
            "Headquarters or base established",
            Codebook.STRATEGIC,
            "Headquarters or base established"),
    LOOTING(
            EventType.OTHER_DEVELOPMENT,
            "Looting / property destruction",
            Codebook.STRATEGIC,
            "Looting/property destruction"),
    TERRITORY_TRANSFER(
            EventType.OTHER_DEVELOPMENT,
            "Non-violent transfer of territory",
            Codebook.STRATEGIC,
            "Non-violent transfer of territory"),
    OTHER(EventType.OTHER_DEVELOPMENT, "Other", Codebook.STRATEGIC, "Other");

    /** The codebook's event type labels, as written in its exports. */
    static final class Codebook {
        static final String BATTLES = "Battles";
        static final String CIVILIANS = "Violence against civilians";
        static final String EXPLOSIONS = "Explosions/Remote violence";
        static final String PROTESTS = "Protests";
        static final String RIOTS = "Riots";
        static final String STRATEGIC = "Strategic developments";

        private Codebook() {}
    }

    private static final Map<EventType, List<SubEventType>> BY_TYPE = byType();

    private final EventType type;
    private final String label;
    private final String codebookType;
    private final String codebookSubType;

    SubEventType(EventType type, String label, String codebookType, String codebookSubType) {
        this.type = type;
        this.label = label;
        this.codebookType = codebookType;
        this.codebookSubType = codebookSubType;
    }

    /** Returns the event type this sub-type belongs to. */
    public EventType type() {
        return type;
    }

    /** Returns the English label shown to analysts. */
    public String label() {
        return label;
    }

    /** Returns the codebook's {@code event_type} this sub-type is filed under, e.g. {@code Battles}. */
    public String codebookType() {
        return codebookType;
    }

    /** Returns the codebook's {@code sub_event_type}, e.g. {@code Remote explosive/landmine/IED}. */
    public String codebookSubType() {
        return codebookSubType;
    }

    /** Returns the sub-types of one type, in vocabulary order. */
    public static List<SubEventType> ofType(EventType type) {
        return BY_TYPE.get(type);
    }

    /** Returns the sub-type with this constant name or label, ignoring case, spaces and punctuation, if any. */
    public static Optional<SubEventType> parse(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (SubEventType s : values()) {
            if (key(s.name()).equals(key) || key(s.label).equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the first sub-type mapped to this codebook sub-event type (ignoring case and punctuation),
     * if any. The codebook's event type, when given, must be the one the sub-event type is filed under.
     */
    public static Optional<SubEventType> fromCodebook(String codebookType, String codebookSubType) {
        String typeKey = key(codebookType);
        String subKey = key(codebookSubType);
        for (SubEventType s : values()) {
            if (key(s.codebookSubType).equals(subKey)
                    && (typeKey.isEmpty() || key(s.codebookType).equals(typeKey))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Reduces a label to lower-case letters and digits, so "Air/drone strike" matches "air drone strike". */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static Map<EventType, List<SubEventType>> byType() {
        Map<EventType, List<SubEventType>> map = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            List<SubEventType> subs = new ArrayList<>();
            for (SubEventType s : values()) {
                if (s.type == t) {
                    subs.add(s);
                }
            }
            map.put(t, List.copyOf(subs));
        }
        return map;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
