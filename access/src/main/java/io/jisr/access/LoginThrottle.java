package io.jisr.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: counts failed logins per username and per remote address, and once
 * either has too many within the window, refuses further attempts for a delay that doubles with every
 * failure beyond the limit (1 min, 2, 4, ... up to the window).
 *
 * <p>The per-address limit is higher than the per-user one, because several people may sign in from
 * behind one address (a ship's or a ministry's NAT). A success clears the user's count, not the
 * address's. Counts live in memory: a restart forgets them, which costs an attacker a restart, not a
 * bypass. Memory is bounded: the oldest keys go first. Thread-safe.
 */
public final class LoginThrottle {

    /** Failures per username within {@link #WINDOW} before attempts are refused. */
    public static final int USER_LIMIT = 5;

    /** Failures per remote address within {@link #WINDOW} before attempts are refused. */
    public static final int ADDRESS_LIMIT = 20;

    /** How long a failure counts. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    /** Creates a throttle that reads the time from {@code clock}. */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /*
     * Usernames are keys as typed (lower-cased), so that guesses at names that do not exist are
     * throttled like the others and nobody can tell the two apart by the throttle.
     */

    /** Returns how long the caller must wait before trying again, or empty if it may try now. */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = wait(userKey(username), USER_LIMIT, now);
        Optional<Duration> remote = wait(addressKey(address), ADDRESS_LIMIT, now);
        if (user.isPresent() && remote.isPresent()) {
            return Optional.of(user.get().compareTo(remote.get()) >= 0 ? user.get() : remote.get());
        }
        return user.or(() -> remote);
    }

    /** Records a failed attempt. */
    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** Records a successful login: the user's count starts over. */
    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        prune(times, now);
        int over = times.size() - limit;
        if (over < 0) {
            return Optional.empty();
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over, 20));
        if (delay.compareTo(WINDOW) > 0) {
            delay = WINDOW;
        }
        Duration left = Duration.between(now, times.peekLast().plus(delay));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        // More failures than needed to reach the longest delay tell nothing more.
        while (times.size() > ADDRESS_LIMIT + 32) {
            times.removeFirst();
        }
        while (failures.size() > MAX_KEYS) {
            failures.remove(failures.keySet().iterator().next());
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "u:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }
}
