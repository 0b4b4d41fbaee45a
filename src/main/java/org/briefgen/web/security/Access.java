package org.briefgen.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

/**
 * Who may reach the workbench and how: the names it answers to besides its own address
 * ({@code serve --host}), how long a session lasts idle and at most, HTTPS with the keystore's
 * certificate (null: plain HTTP), whether it stands behind a proxy on this machine that serves
 * HTTPS, and the clock sessions and sign-in throttling are timed by.
 */
public record Access(List<String> hosts, Duration idleTimeout, Duration lifetime, SSLContext tls, boolean behindProxy,
        Clock clock) {

    /** Thirty minutes without a request, then sign in again. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Twelve hours: a working day, then sign in again, however busy. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    public Access {
        hosts = List.copyOf(hosts == null ? List.of() : hosts);
        for (String host : hosts) {
            if (Hosts.Authority.parse(host) == null) {
                throw new IllegalArgumentException("'" + host + "' is not a host name: give NAME or NAME:PORT");
            }
        }
        idleTimeout = idleTimeout == null ? IDLE_TIMEOUT : idleTimeout;
        lifetime = lifetime == null ? LIFETIME : lifetime;
        clock = clock == null ? Clock.systemUTC() : clock;
        if (idleTimeout.isNegative() || idleTimeout.isZero() || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a session's idle timeout and lifetime must be positive");
        }
    }

    /** Plain HTTP, no other name, the default timeouts, the system clock. */
    public static Access defaults() {
        return new Access(List.of(), IDLE_TIMEOUT, LIFETIME, null, false, Clock.systemUTC());
    }

    /** Whether browsers reach it over HTTPS (its own, or the proxy's): cookies are Secure, HSTS is sent. */
    public boolean secure() {
        return tls != null || behindProxy;
    }
}
