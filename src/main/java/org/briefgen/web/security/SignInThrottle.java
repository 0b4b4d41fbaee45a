package org.briefgen.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows password guessing, per officer's name (known or not: both are treated alike) and per client
 * address: after {@link #FAILURES} failures within {@link #WINDOW}, sign-in is refused for
 * {@link #FIRST_LOCKOUT}; each failure after a lockout (until a day passes without one, or the
 * officer signs in) locks again for twice as long, up to {@link #LONGEST_LOCKOUT}. An attempt counts
 * as it starts, so guesses sent at once cannot all slip through while the first are being checked.
 */
public final class SignInThrottle {

    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCKOUT = Duration.ofHours(24);
    /** Names and addresses remembered at most; beyond it the longest untouched is forgotten. */
    private static final int MAX = 100_000;

    /** One name's or address's recent failures (attempts under way included) and lockouts. */
    private static final class Record {
        final Deque<Long> attempts = new ArrayDeque<>();
        int lockouts;
        long lockedUntil;
    }

    /**
     * An attempt: refused when {@code retryAfter} is not null (how long until this name and address may try
     * again), else let through, to be settled with {@link #failed} or {@link #succeeded}.
     */
    public record Attempt(String account, String address, long started, Duration retryAfter) {

        public boolean refused() {
            return retryAfter != null;
        }
    }

    private final Clock clock;
    private final Map<String, Record> records = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > MAX;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Starts an attempt, or says how long to wait when this name or this address may not try now. */
    public synchronized Attempt begin(String account, String address) {
        long now = clock.millis();
        Record byName = record("name:" + account.strip().toLowerCase(Locale.ROOT), now);
        Record byAddress = record("address:" + address, now);
        long wait = Math.max(byName.lockedUntil, byAddress.lockedUntil) - now;
        if (wait > 0) {
            return new Attempt(account, address, now, Duration.ofMillis(wait));
        }
        byName.attempts.addLast(now);
        byAddress.attempts.addLast(now);
        if (over(byName, 1) || over(byAddress, 1)) {
            // more at once than may fail: this one waits with the others
            failed(new Attempt(account, address, now, null));
            return new Attempt(account, address, now, Duration.ofMillis(Math.max(byName.lockedUntil,
                    byAddress.lockedUntil) - now));
        }
        return new Attempt(account, address, now, null);
    }

    /** The attempt's password was wrong (or its officer unknown). */
    public synchronized void failed(Attempt attempt) {
        long now = clock.millis();
        for (String key : new String[] {"name:" + attempt.account().strip().toLowerCase(Locale.ROOT), "address:"
                + attempt.address()}) {
            Record r = record(key, now);
            if (over(r, 0) && r.lockedUntil <= now) {
                long lockout = Math.min(FIRST_LOCKOUT.toMillis() << Math.min(r.lockouts, 30), LONGEST_LOCKOUT
                        .toMillis());
                r.lockedUntil = now + lockout;
                r.lockouts++;
                r.attempts.clear();
            }
        }
    }

    /** The officer signed in: their name's failures are forgotten, and this attempt no longer counts. */
    public synchronized void succeeded(Attempt attempt) {
        records.remove("name:" + attempt.account().strip().toLowerCase(Locale.ROOT));
        Record byAddress = records.get("address:" + attempt.address());
        if (byAddress != null) {
            byAddress.attempts.removeLastOccurrence(attempt.started());
        }
    }

    /** Whether {@code r} holds more attempts than may fail (less {@code slack}) before a lockout. */
    private static boolean over(Record r, int slack) {
        return r.attempts.size() >= (r.lockouts > 0 ? 1 : FAILURES) + slack;
    }

    private Record record(String key, long now) {
        Record r = records.computeIfAbsent(key, k -> new Record());
        while (!r.attempts.isEmpty() && now - r.attempts.peekFirst() > WINDOW.toMillis()) {
            r.attempts.removeFirst();
        }
        if (r.lockouts > 0 && now - r.lockedUntil > LONGEST_LOCKOUT.toMillis()) {
            r.lockouts = 0;
        }
        return r;
    }
}
