package org.briefgen.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.javalin.http.Context;

/**
 * The workbench's sessions. Only a signed-in officer's session is kept (in memory, under a random
 * token in an HttpOnly, SameSite=Strict cookie), and it ends after {@link Access#idleTimeout()}
 * without a request or {@link Access#lifetime()} after signing in. A browser not signed in gets a
 * signed cookie instead (a random nonce and its HMAC under a key made at start): its forms' CSRF
 * token is derived from it, and nothing is stored, so strangers' requests cannot push an
 * officer's session out. On loopback without a login everyone acts as the system user.
 */
public final class Sessions {

    private static final String ATTRIBUTE = "briefgen.session";
    /** Signed-in sessions kept at most; beyond it the least recently used one ends. */
    private static final int MAX = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final String localOfficer;
    private final Clock clock;
    private final long idleMs;
    private final long lifetimeMs;
    private final boolean secure;
    private final String sessionCookie;
    private final String formCookie;
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true);

    /** {@code localOfficer}: everyone's officer when no login is needed (the system user), else null. */
    public Sessions(String localOfficer, Access access) {
        this.localOfficer = localOfficer;
        this.clock = access.clock();
        this.idleMs = access.idleTimeout().toMillis();
        this.lifetimeMs = access.lifetime().toMillis();
        this.secure = access.secure();
        // over HTTPS the __Host- prefix keeps another site of the same name from setting these cookies
        String prefix = secure ? "__Host-" : "";
        this.sessionCookie = prefix + "briefgen_session";
        this.formCookie = prefix + "briefgen_form";
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The request's session: the signed-in officer's, or else one kept nowhere (its cookie set if it had none). */
    public Session of(Context ctx) {
        Session cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        long now = clock.millis();
        String token = ctx.cookie(sessionCookie);
        Session session = null;
        if (token != null) {
            synchronized (sessions) {
                Session kept = sessions.get(token);
                if (kept != null && alive(kept, now)) {
                    session = kept.seen(now);
                    sessions.put(token, session);
                } else if (kept != null) {
                    sessions.remove(token);
                }
            }
            if (session == null) {
                cookie(ctx, sessionCookie, "", true);
            }
        }
        if (session == null) {
            session = anonymous(ctx, now);
        }
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    /** Signs {@code officer} in: a new session under a new token, the old one ended. */
    public Session signIn(Context ctx, String officer) {
        Session old = of(ctx);
        long now = clock.millis();
        Session fresh = new Session(random(32), random(32), officer, now, now);
        synchronized (sessions) {
            if (old.token() != null) {
                sessions.remove(old.token());
            }
            sessions.values().removeIf(s -> !alive(s, now));
            for (Iterator<String> eldest = sessions.keySet().iterator(); sessions.size() >= MAX;) {
                eldest.next();
                eldest.remove();
            }
            sessions.put(fresh.token(), fresh);
        }
        cookie(ctx, sessionCookie, fresh.token(), false);
        ctx.attribute(ATTRIBUTE, fresh);
        return fresh;
    }

    /** Ends the request's session. */
    public void signOut(Context ctx) {
        Session old = of(ctx);
        if (old.token() != null) {
            synchronized (sessions) {
                sessions.remove(old.token());
            }
        }
        cookie(ctx, sessionCookie, "", true);
    }

    /** How many signed-in sessions are kept. */
    int size() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    /** Whether {@code submitted} is the session's CSRF token, compared in constant time. */
    public static boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                submitted.getBytes(StandardCharsets.UTF_8));
    }

    private boolean alive(Session session, long now) {
        return now - session.lastSeen() < idleMs && now - session.created() < lifetimeMs;
    }

    private Session anonymous(Context ctx, long now) {
        String nonce = verified(ctx.cookie(formCookie));
        if (nonce == null) {
            nonce = random(16);
            cookie(ctx, formCookie, nonce + "." + mac("cookie:" + nonce), false);
        }
        return new Session(null, mac("form:" + nonce), localOfficer, now, now);
    }

    /** The nonce of a form cookie this server signed, or null. */
    private String verified(String cookie) {
        int dot = cookie == null ? -1 : cookie.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String nonce = cookie.substring(0, dot);
        boolean signed = MessageDigest.isEqual(mac("cookie:" + nonce).getBytes(StandardCharsets.UTF_8), cookie
                .substring(dot + 1).getBytes(StandardCharsets.UTF_8));
        return signed ? nonce : null;
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HmacSHA256", e);
        }
    }

    private void cookie(Context ctx, String name, String value, boolean remove) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/;" + (remove ? " Max-Age=0;" : "")
                + " HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    private String random(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
