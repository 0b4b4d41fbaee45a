package org.briefgen.mail.send;

import java.time.Duration;

/**
 * How often a message is offered again after a temporary failure (a 4xx reply, a dropped
 * connection), and how long to wait between: {@code firstDelay}, doubled each time, at most {@code maxDelay}.
 */
public record Retry(int attempts, Duration firstDelay, Duration maxDelay) {

    public Retry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("delays must be 0 <= first <= max");
        }
    }

    /** Four attempts, waiting 5, 10 and 20 seconds between them. */
    public static Retry defaults() {
        return new Retry(4, Duration.ofSeconds(5), Duration.ofMinutes(1));
    }

    /** One attempt: no retry. */
    public static Retry none() {
        return new Retry(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait after failed attempt {@code attempt} (1 for the first). */
    public Duration delayAfter(int attempt) {
        Duration d = firstDelay;
        for (int i = 1; i < attempt && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
