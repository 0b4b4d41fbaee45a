package org.briefgen.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.mail.send.TimeSource;

/** A clock that moves only when someone sleeps, and remembers every sleep: tests never wait. */
final class FakeTime implements TimeSource {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }
}
