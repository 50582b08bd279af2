package io.jisr.app.http;

import io.jisr.access.Account;
import io.jisr.access.Role;
import java.time.Instant;
import java.util.List;

/** An account as administrators see it: everything but the password hash. */
record AccountJson(
        String username,
        String displayName,
        List<String> roles,
        String language,
        String theme,
        boolean mustChangePassword,
        boolean disabled,
        Instant created,
        Instant passwordChanged) {

    static AccountJson of(Account a) {
        return new AccountJson(
                a.username().value(),
                a.displayName(),
                a.sortedRoles().stream().map(Role::name).toList(),
                a.language().code(),
                a.theme().code(),
                a.mustChangePassword(),
                a.disabled(),
                a.created(),
                a.passwordChanged());
    }
}
