package org.briefgen.web;

import java.util.HashMap;
import java.util.Map;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Signing in and out, when the workbench listens beyond this machine; passwords are checked by the archive. */
final class LoginPages {

    private final Services services;

    LoginPages(Services services) {
        this.services = services;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", ctx -> page(ctx, false));
        routes.post("/login", this::signIn);
        routes.post("/logout", ctx -> {
            services.sessions().signOut(ctx);
            ctx.redirect(services.settings().loginRequired() ? "/login" : "/", HttpStatus.SEE_OTHER);
        });
    }

    private void page(Context ctx, boolean failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", failed);
        services.pages().render(ctx, "login.ftlh", "login", model);
    }

    private void signIn(Context ctx) {
        String name = ctx.formParam("name");
        String password = ctx.formParam("password");
        if (name != null && password != null && check(services.archive(), name, password.toCharArray())) {
            services.sessions().signIn(ctx, name);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(401);
        page(ctx, true);
    }

    private static boolean check(ArchiveLocation location, String name, char[] password) {
        try (Archive archive = Archive.open(location, java.time.Clock.systemUTC())) {
            return archive.checkOfficer(name, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
