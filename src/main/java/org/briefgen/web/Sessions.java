package org.briefgen.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.javalin.http.Context;

/**
 * The workbench's sessions, in memory: a random token in an HttpOnly, SameSite=Strict cookie. On
 * loopback every session is the system user's; elsewhere a session has an officer once signed in.
 */
final class Sessions {

    static final String COOKIE = "briefgen_session";
    private static final String ATTRIBUTE = "briefgen.session";
    private static final int MAX = 10_000;
    /** Twelve hours: a working day, then sign in again. */
    private static final long LIFETIME_MS = 12L * 3600 * 1000;

    private final SecureRandom random = new SecureRandom();
    private final String localOfficer;
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX;
        }
    };

    /** {@code localOfficer}: everyone's officer when no login is needed (the system user), else null. */
    Sessions(String localOfficer) {
        this.localOfficer = localOfficer;
    }

    /** The request's session, a new one (with its cookie set) when it has none or an expired one. */
    Session of(Context ctx) {
        Session cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String token = ctx.cookie(COOKIE);
        Session session;
        synchronized (sessions) {
            session = token == null ? null : sessions.get(token);
            if (session != null && System.currentTimeMillis() - session.created() > LIFETIME_MS) {
                sessions.remove(token);
                session = null;
            }
            if (session == null) {
                session = new Session(random(), random(), localOfficer, System.currentTimeMillis());
                sessions.put(session.token(), session);
                setCookie(ctx, session);
            }
        }
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    /** Signs {@code officer} in: a new session under a new token, the old one ended. */
    Session signIn(Context ctx, String officer) {
        Session old = of(ctx);
        Session fresh = old.withOfficer(officer, random(), random());
        synchronized (sessions) {
            sessions.remove(old.token());
            sessions.put(fresh.token(), fresh);
        }
        setCookie(ctx, fresh);
        ctx.attribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Ends the request's session. */
    void signOut(Context ctx) {
        Session old = of(ctx);
        synchronized (sessions) {
            sessions.remove(old.token());
        }
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    /** Whether {@code submitted} is the session's CSRF token, compared in constant time. */
    static boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    private void setCookie(Context ctx, Session session) {
        ctx.header("Set-Cookie", COOKIE + "=" + session.token() + "; Path=/; HttpOnly; SameSite=Strict");
    }

    private String random() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
