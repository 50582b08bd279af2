package io.jisr.app.http;

import io.jisr.access.Account;
import io.jisr.access.Principal;
import io.jisr.access.Role;
import java.util.List;

/**
 * The signed-in person, for the web UI. {@code csrfToken} is present for a session only: it is what
 * the UI must send in {@code X-CSRF-Token} with every change.
 */
record MeJson(
        String username,
        String displayName,
        List<String> roles,
        String language,
        String theme,
        boolean mustChangePassword,
        String csrfToken) {

    static MeJson of(Account a, Principal principal) {
        String csrf = principal.credential() instanceof Principal.ViaSession via
                ? via.session().csrfToken()
                : null;
        return new MeJson(
                a.username().value(),
                a.displayName(),
                a.sortedRoles().stream().map(Role::name).toList(),
                a.language().code(),
                a.theme().code(),
                a.mustChangePassword(),
                csrf);
    }
}
