package io.jisr.access;

import java.time.Duration;

/** What came of a login attempt. */
public sealed interface LoginOutcome {

    /**
     * Signed in.
     *
     * @param sessionId the new session's id, for the cookie; stored only as its hash
     * @param principal the account and the session
     */
    record SignedIn(String sessionId, Principal principal) implements LoginOutcome {
        /** Leaves the session id out. */
        @Override
        public String toString() {
            return "SignedIn[" + principal.username() + "]";
        }
    }

    /** Wrong username or password, or a disabled account: one answer for all, so none can be told apart. */
    record Refused() implements LoginOutcome {}

    /**
     * Too many failures: try again after {@code retryAfter}.
     *
     * @param retryAfter how long to wait
     */
    record Throttled(Duration retryAfter) implements LoginOutcome {}
}
