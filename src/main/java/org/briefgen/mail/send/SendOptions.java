package org.briefgen.mail.send;

import java.time.Duration;
import java.util.Objects;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailException;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How a run sends: at most {@code ratePerMinute} messages a minute (held across the run), how it
 * retries, whether it only connects and logs in ({@code dryRun}), and whether every message goes
 * to one test address instead ({@code toSelf}, null for a real run). Immutable; change it with
 * the {@code with…} methods.
 */
public record SendOptions(int ratePerMinute, Retry retry, boolean dryRun, String toSelf, Duration timeout,
        TimeSource time) {

    public SendOptions {
        if (ratePerMinute < 1) {
            throw new MailException("the rate must be at least 1 message a minute, not " + ratePerMinute,
                    "nothing was sent.");
        }
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(time, "time");
        if (toSelf != null) {
            try {
                new InternetAddress(toSelf, true).validate();
            } catch (AddressException e) {
                throw new MailException("the test address '" + DisplayText.of(toSelf, 200)
                        + "' is not an e-mail address", "nothing was sent.");
            }
        }
    }

    /** 30 a minute, {@link Retry#defaults()}, sending for real, a minute's timeout, the system clock. */
    public static SendOptions defaults() {
        return new SendOptions(30, Retry.defaults(), false, null, Duration.ofSeconds(60), TimeSource.system());
    }

    public SendOptions withRate(int perMinute) {
        return new SendOptions(perMinute, retry, dryRun, toSelf, timeout, time);
    }

    public SendOptions withRetry(Retry newRetry) {
        return new SendOptions(ratePerMinute, newRetry, dryRun, toSelf, timeout, time);
    }

    /** Connect and log in, send nothing: each message is reported {@link DeliveryStatus#DRY_RUN}. */
    public SendOptions withDryRun(boolean dry) {
        return new SendOptions(ratePerMinute, retry, dry, toSelf, timeout, time);
    }

    /** Every message to {@code address} only, its subject prefixed "[TEST] "; nothing is recorded. */
    public SendOptions withToSelf(String address) {
        return new SendOptions(ratePerMinute, retry, dryRun, address, timeout, time);
    }

    /** How long a connection, a read or a write may take. */
    public SendOptions withTimeout(Duration newTimeout) {
        return new SendOptions(ratePerMinute, retry, dryRun, toSelf, newTimeout, time);
    }

    public SendOptions withTime(TimeSource newTime) {
        return new SendOptions(ratePerMinute, retry, dryRun, toSelf, timeout, newTime);
    }
}
