package io.jisr.app.http;

import io.jisr.access.ApiToken;
import java.time.Instant;

/** An API token as listed: never its secret. */
record TokenJson(String id, String name, Instant created, Instant expires, Instant lastUsed) {

    static TokenJson of(ApiToken t) {
        return new TokenJson(
                t.id(),
                t.name(),
                t.created(),
                t.expires().orElse(null),
                t.lastUsed().orElse(null));
    }

    /** A token just created: the only answer that holds its secret. */
    record Created(String id, String name, String token, Instant created, Instant expires) {}
}
