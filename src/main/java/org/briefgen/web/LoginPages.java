package org.briefgen.web;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.web.security.SignInThrottle;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Signing in and out, when the workbench listens beyond this machine; passwords are checked by the
 * archive, and guessing is throttled per name and per address ({@link SignInThrottle}). An unknown
 * officer and a wrong password get the same answer, in the same time.
 */
record LoginPages(Services services) {

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> page(ctx, false, null));
        routes.post("/login", this::signIn);
        routes.post("/logout", ctx -> {
            services.sessions().signOut(ctx);
            ctx.redirect(services.settings().loginRequired() ? "/login" : "/", HttpStatus.SEE_OTHER);
        });
    }

    private void page(Context ctx, boolean failed, Long waitMinutes) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", failed);
        if (waitMinutes != null) {
            model.put("waitMinutes", waitMinutes);
        }
        services.pages().render(ctx, "login.ftlh", "login", model);
    }

    private void signIn(Context ctx) {
        String name = Objects.requireNonNullElse(ctx.formParam("name"), "");
        String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
        SignInThrottle.Attempt attempt = services.throttle().begin(name, services.hosts().client(ctx));
        if (attempt.refused()) {
            // whole minutes: the wait tells nothing of when, or for which name, the lockout began
            long minutes = Math.max(1, (attempt.retryAfter().toMillis() + 59_999) / 60_000);
            ctx.header("Retry-After", String.valueOf(Duration.ofMinutes(minutes).toSeconds()));
            ctx.status(429);
            page(ctx, false, minutes);
            return;
        }
        if (check(services.archive(), name, password.toCharArray())) {
            services.throttle().succeeded(attempt);
            services.sessions().signIn(ctx, name);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        services.throttle().failed(attempt);
        ctx.status(401);
        page(ctx, true, null);
    }

    private static boolean check(ArchiveLocation location, String name, char[] password) {
        try (Archive archive = Archives.open(location, java.time.Clock.systemUTC())) {
            return archive.checkOfficer(name, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
