package org.briefgen.web.security;

/**
 * One browser's session: its random token (the cookie; null for a browser not signed in, whose
 * session is kept nowhere), its CSRF token (in every form), the officer signed in or null, when it
 * began and when it was last used. The acting officer is read from here, and only here.
 */
public record Session(String token, String csrf, String officer, long created, long lastSeen) {

    Session seen(long now) {
        return new Session(token, csrf, officer, created, now);
    }
}
