package org.briefgen.mail.send;

import java.time.Duration;
import java.time.Instant;

/** Spaces hand-overs evenly, N a minute, across a whole run (the first goes at once). */
final class RateLimiter {

    private final Duration interval;
    private final TimeSource time;
    private Instant last;

    RateLimiter(int perMinute, TimeSource time) {
        this.interval = Duration.ofMinutes(1).dividedBy(perMinute);
        this.time = time;
    }

    void acquire() {
        if (last != null) {
            Duration wait = Duration.between(time.now(), last.plus(interval));
            if (!wait.isNegative() && !wait.isZero()) {
                time.sleep(wait);
            }
        }
        last = time.now();
    }
}
