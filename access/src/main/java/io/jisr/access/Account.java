package io.jisr.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person's account, without its password hash (which only {@link AccountStore} and {@link Accounts}
 * see).
 *
 * @param username the name to sign in with
 * @param displayName the name shown to others; at most 128 characters, no control characters
 * @param roles what the person may do; may be empty (the account can then sign in and see nothing)
 * @param language the language of the user interface
 * @param theme the colour scheme of the user interface
 * @param mustChangePassword whether the next thing the person must do is to choose a new password
 * @param disabled whether signing in is refused
 * @param created when the account was created
 * @param passwordChanged when the password was last set
 */
public record Account(
        Username username,
        String displayName,
        Set<Role> roles,
        Language language,
        Theme theme,
        boolean mustChangePassword,
        boolean disabled,
        Instant created,
        Instant passwordChanged) {

    /** The longest display name accepted. */
    public static final int MAX_DISPLAY_NAME = 128;

    /** Checks the fields and copies the roles. */
    public Account {
        Objects.requireNonNull(username, "username must not be null");
        checkDisplayName(displayName);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(theme, "theme must not be null");
        Objects.requireNonNull(created, "created must not be null");
        Objects.requireNonNull(passwordChanged, "passwordChanged must not be null");
    }

    /**
     * Checks a display name.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static String checkDisplayName(String displayName) {
        if (displayName == null) {
            throw new IllegalArgumentException("display name must not be null");
        }
        if (displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException(
                    "display name must be at most " + MAX_DISPLAY_NAME + " characters, was " + displayName.length());
        }
        if (displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("display name must not contain control characters");
        }
        return displayName;
    }

    /** Returns whether the account holds {@code role}. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Returns the roles in their declared order. */
    public Set<Role> sortedRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Returns this account with other roles. */
    public Account withRoles(Set<Role> newRoles) {
        return new Account(
                username,
                displayName,
                newRoles,
                language,
                theme,
                mustChangePassword,
                disabled,
                created,
                passwordChanged);
    }

    /** Returns this account with another display name. */
    public Account withDisplayName(String name) {
        return new Account(
                username, name, roles, language, theme, mustChangePassword, disabled, created, passwordChanged);
    }

    /** Returns this account enabled or disabled. */
    public Account withDisabled(boolean isDisabled) {
        return new Account(
                username,
                displayName,
                roles,
                language,
                theme,
                mustChangePassword,
                isDisabled,
                created,
                passwordChanged);
    }

    /** Returns this account with other preferences. */
    public Account withPreferences(Language newLanguage, Theme newTheme) {
        return new Account(
                username,
                displayName,
                roles,
                newLanguage,
                newTheme,
                mustChangePassword,
                disabled,
                created,
                passwordChanged);
    }

    /** Returns this account after its password was set at {@code time}. */
    public Account withPasswordSet(Instant time, boolean mustChange) {
        return new Account(username, displayName, roles, language, theme, mustChange, disabled, created, time);
    }
}
