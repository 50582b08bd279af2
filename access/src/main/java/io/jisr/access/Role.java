package io.jisr.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person does on a node. Roles are not a hierarchy: an account holds every role it needs, and a
 * route names the roles it admits.
 */
public enum Role {
    /** Sees the picture, nothing more. */
    VIEWER,
    /** Keeps the watch: the live picture, tracks, feeds. */
    WATCH_OFFICER,
    /** Coordinates search and rescue cases. */
    SAR_COORDINATOR,
    /** Studies history and patterns. */
    ANALYST,
    /** Runs the cooperation programme: agreements, partners, reports. */
    PROGRAMME_OFFICER,
    /** Manages accounts and reads the audit log. */
    ADMINISTRATOR;

    /**
     * Returns the role named {@code name} (its constant name, any case).
     *
     * @throws IllegalArgumentException naming the accepted roles
     */
    public static Role parse(String name) {
        if (name != null) {
            for (Role r : values()) {
                if (r.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("role must be one of " + names() + ", was \"" + name + "\"");
    }

    /** Returns every role's name, comma-separated, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
