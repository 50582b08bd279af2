package io.jisr.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @org.junit.jupiter.api.Test
    void retryAfter_fiveFailures_refusesForAMinuteThenDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.retryAfter("alice", "10.0.0.9")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("ALICE", "10.0.0.9")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("bob", "10.0.0.1")).isEmpty();
        now = now.plusSeconds(60);
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(2));
    }

    @org.junit.jupiter.api.Test
    void retryAfter_failuresOlderThanTheWindow_areForgotten() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        now = now.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void retryAfter_manyUsersFromOneAddress_throttlesTheAddress() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.retryAfter("somebody", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
        assertThat(throttle.retryAfter("somebody", "10.0.0.2")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void succeeded_clearsTheUsersCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0.1");
        }
        throttle.succeeded("alice");
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }
}
