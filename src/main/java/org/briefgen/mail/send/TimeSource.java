package org.briefgen.mail.send;

import java.time.Duration;
import java.time.Instant;

import org.briefgen.mail.MailException;

/** The clock and the pause a run's rate and retries use; tests give one that only pretends to wait. */
public interface TimeSource {

    Instant now();

    /** Waits {@code duration}; an interrupt ends the run (the caller is being stopped). */
    void sleep(Duration duration);

    /** The system clock and real sleeping. */
    static TimeSource system() {
        return new TimeSource() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void sleep(Duration duration) {
                try {
                    Thread.sleep(duration.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MailException("the run was interrupted while waiting", "nothing more was sent.");
                }
            }
        };
    }
}
