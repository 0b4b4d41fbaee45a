package org.briefgen.web;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.EmailAddress;
import org.briefgen.campaign.Recipient;
import org.briefgen.mail.ArchivedEmail;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.send.Delivery;
import org.briefgen.mail.send.DeliveryLog;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SendResult;
import org.briefgen.mail.send.Sender;
import org.briefgen.mail.view.EmailView;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * A letter's e-mail as the company will see it, on the letter's page: its headers, its HTML body in a
 * sandboxed frame (served here with a policy of its own: no script, no request anywhere, no form,
 * shown only inside the workbench's pages), its plain text and attachments; and "Send a test to me"
 * (as {@code send --to-self}: the subject marked [TEST], nothing recorded) to the signed-in officer's
 * own address or one typed in. The e-mail is the issued one when the letter is issued, else the one
 * the preview makes.
 */
record EmailPages(Services services) {

    /** The HTML body's policy: inline styles and embedded images only, sandboxed, framed by the workbench only. */
    static final String BODY_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:;"
            + " sandbox; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /** The e-mail shown: its reference, its bytes and whether they are the issued file's. */
    record Shown(String reference, byte[] eml, boolean issued) {
    }

    void register(RoutesConfig routes) {
        routes.get("/letters/{id}/email/body", this::body);
        routes.post("/letters/{id}/email/test", this::test);
    }

    /** The letter page's part: {@code email} (or nothing when the letter has no e-mail). */
    Map<String, Object> model(Context ctx, CampaignSource.Loaded loaded, Recipient recipient,
            LetterPreview.Made made) {
        Optional<Shown> shown;
        EmailView view;
        try {
            shown = shown(loaded, recipient, made);
            if (shown.isEmpty()) {
                return Map.of();
            }
            view = EmailView.of(shown.get().reference(), shown.get().eml());
        } catch (org.briefgen.failure.UserError e) {
            // an issued e-mail missing or changed since: the page says so, and still shows the letter
            return Map.of("emailProblems", e.messages());
        }
        // the view is a public record: the page reads its accessors (email.view.subject)
        return Map.of("email", Map.of("view", view, "issued", shown.get().issued(), "ownAddress", ownAddress(ctx)
                .orElse(""), "server", new SendPages(services).server().isPresent()));
    }

    private Optional<Shown> shown(CampaignSource.Loaded loaded, Recipient recipient, LetterPreview.Made made) {
        String campaign = loaded.run().data().campaign().id();
        Optional<Archive> opened = Archives.openReadOnly(services.archive());
        if (opened.isPresent()) {
            try (Archive archive = opened.get()) {
                Optional<ArchivedEmail> issued = ArchivedEmail.of(archive).stream().filter(e -> e.letter().campaign()
                        .equals(campaign) && e.letter().recipientId().equals(recipient.id())
                        && !e.letter()
                                .isFollowUp())
                        .reduce((a, b) -> b);
                if (issued.isPresent()) {
                    return Optional.of(new Shown(issued.get().reference(), issued.get().bytes(), true));
                }
            }
        }
        return made.file(".eml").map(f -> new Shown(made.reference(), f.bytes(), false));
    }

    private Shown shown(Context ctx) {
        CampaignSource.Loaded loaded = services.source().current();
        if (!loaded.ok()) {
            throw RefusedException.notFound("the letter (the campaign does not load)");
        }
        String id = Names.checked(ctx.pathParam("id"), "that recipient");
        Recipient recipient = loaded.run().data().recipient(id)
                .orElseThrow(() -> RefusedException.notFound("recipient '" + id + "'"));
        LetterPreview.Made made = services.previews().of(loaded, recipient, ArchiveView.read(services.archive())
                .letters());
        return shown(loaded, recipient, made).orElseThrow(() -> RefusedException.notFound("the e-mail of that letter"));
    }

    private void body(Context ctx) {
        Shown shown = shown(ctx);
        String html = EmailView.of(shown.reference(), shown.eml()).html();
        // the frame's own rules replace the pages': nothing in a letter's HTML can run, load or be framed elsewhere
        ctx.header("Content-Security-Policy", BODY_CSP);
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.contentType("text/html; charset=utf-8").result(html.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> ownAddress(Context ctx) {
        String officer = services.sessions().of(ctx).officer();
        Optional<Archive> opened = Archives.openReadOnly(services.archive());
        if (officer == null || opened.isEmpty()) {
            return Optional.empty();
        }
        try (Archive archive = opened.get()) {
            return archive.officerAddress(officer);
        }
    }

    private void test(Context ctx) {
        Shown shown = shown(ctx);
        String typed = ctx.formParam("address");
        String address = typed == null || typed.isBlank()
                ? ownAddress(ctx).orElseThrow(() -> RefusedException.badRequest(
                        "no address for the test: type one, or give yours with briefgen user email NAME ADDRESS; nothing was"
                                + " sent"))
                : typed.strip();
        Optional<String> problem = EmailAddress.problem(address);
        if (problem.isPresent()) {
            throw RefusedException.badRequest("'" + address + "' is not an e-mail address: " + problem.get()
                    + "; nothing was sent");
        }
        SendPages sending = new SendPages(services);
        SendPages.Server server = sending.server()
                .orElseThrow(() -> RefusedException.badRequest("no SMTP server is set up"
                        + " (see the Send page): nothing was sent"));
        SendResult result;
        try (Sender sender = Sender.connect(server.settings(), sending.password(server.settings()), SendOptions
                .defaults().withToSelf(address).withTimeout(Duration.ofSeconds(30)))) {
            result = sender.send(Outgoing.of(shown.reference(), shown.eml()), DeliveryLog.NONE);
        }
        List<Delivery> outcomes = result.deliveries();
        services.pages().render(ctx, "email-test.ftlh", "campaign", Map.of("id", ctx.pathParam("id"), "reference",
                shown.reference(), "address", address, "sent", result.allSent(), "outcomes", outcomes.stream().map(
                        d -> Map.of("address", d.address(), "status", d.status().name().toLowerCase(
                                java.util.Locale.ROOT), "reply", d.reply()))
                        .toList()));
    }
}
