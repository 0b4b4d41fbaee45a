package org.briefgen.web;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.ImapBlock;
import org.briefgen.failure.UserError;
import org.briefgen.mail.Password;
import org.briefgen.mail.inbox.ImapSettings;
import org.briefgen.mail.inbox.Inbox;
import org.briefgen.mail.inbox.InboxOptions;
import org.briefgen.mail.inbox.InboxReport;
import org.briefgen.mail.inbox.InboxSource;
import org.briefgen.mail.inbox.InboxSources;
import org.briefgen.mail.inbox.ReplyTrust;
import org.briefgen.web.paging.PageRequest;
import org.briefgen.web.security.RefusedException;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Reading the inbox into the archive, as {@code inbox} does: from the folder or mbox given by
 * {@code serve --inbox}, or the IMAP folder of {@code serve --imap}; never from a path a request
 * names. The replies are recorded as read by the signed-in officer.
 */
record InboxPages(Services services) {

    static final String PASSWORD_VARIABLE = "BRIEFGEN_IMAP_PASSWORD";

    void register(RoutesConfig routes) {
        routes.post("/inbox", this::read);
        routes.post("/inbox/attach", this::attach);
        routes.post("/inbox/dismiss", this::dismiss);
    }

    /**
     * Attaches an unmatched message to the letter the officer chose: held in the review list against it, then
     * confirmed as its response, both by the signed-in officer (as {@code inbox review --confirm} would). The
     * form is hostile: the letter is checked ({@link ReviewPages#chosenLetter}), the Message-ID only compared
     * with those the inbox holds, never used as a path; a refusal records nothing.
     */
    private void attach(Context ctx) {
        String messageId = chosenMessage(ctx);
        String reference = ReviewPages.chosenLetter(services, ctx.formParam("letter"));
        Officer officer = new Officer(services.sessions().of(ctx).officer());
        Workbench.Mail mail = services.settings().mail();
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC());
                InboxSource source = open(mail, services.settings().data())) {
            if (!Inbox.holdChosen(archive, source, messageId, reference, officer, new ReplyTrust(mail.authservIds(),
                    replyDomains()))) {
                throw notInTheInbox(messageId);
            }
            int entry = archive.reviewMessages().stream().filter(m -> m.messageId().equals(messageId)).mapToInt(
                    org.briefgen.archive.ReviewMessage::entryNo).max().orElseThrow();
            archive.decide(entry, true, officer, null);
        }
        ctx.redirect("/archive/" + reference + "?recorded=response", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * Sets aside an unmatched message the officer chose (it is not a reply to any letter): kept in the archive
     * as set aside, by the signed-in officer, and no longer listed as waiting when the inbox is read. The form
     * is hostile: its Message-ID is only compared with those the inbox holds, unmatched; a refusal records
     * nothing.
     */
    private void dismiss(Context ctx) {
        String messageId = chosenMessage(ctx);
        String comment = ctx.formParam("comment");
        if (comment != null && comment.length() > 4000) {
            throw RefusedException.badRequest("that comment is longer than 4,000 characters: nothing was recorded");
        }
        Workbench.Mail mail = services.settings().mail();
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC());
                InboxSource source = open(mail, services.settings().data())) {
            if (!Inbox.dismissChosen(archive, source, messageId, new Officer(services.sessions().of(ctx).officer()),
                    new ReplyTrust(mail.authservIds(), replyDomains()), comment)) {
                throw notInTheInbox(messageId);
            }
        }
        ctx.redirect("/review?set-aside=1#dismissed-title", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The Message-ID a form names, when an inbox is set up and it is one: refused (400) else. */
    private String chosenMessage(Context ctx) {
        if (where(services.settings().mail()).isEmpty()) {
            throw RefusedException.badRequest("no inbox is set up: nothing was recorded");
        }
        String messageId = ctx.formParam("message");
        if (messageId == null || messageId.isEmpty() || messageId.length() > 998 || !messageId.matches(
                "[\\x21-\\x7e]+")) {
            throw RefusedException.badRequest("that is not a message of the inbox: nothing was recorded");
        }
        return messageId;
    }

    private static RefusedException notInTheInbox(String messageId) {
        return RefusedException.badRequest("the inbox holds no unmatched message " + messageId + " (read it again):"
                + " nothing was recorded");
    }

    /** Where the inbox is read from, for the pages; empty when none is configured. */
    static String where(Workbench.Mail mail) {
        return mail.inbox() != null ? mail.inbox().toString() : mail.imap() != null ? mail.imap() : "";
    }

    private void read(Context ctx) {
        Workbench.Mail mail = services.settings().mail();
        Map<String, Object> model = new HashMap<>();
        model.put("where", where(mail));
        model.put("errors", List.of());
        if (where(mail).isEmpty()) {
            ctx.status(400);
            model.put("configured", false);
            services.pages().render(ctx, "inbox.ftlh", "tracker", model);
            return;
        }
        model.put("configured", true);
        try (Archive archive = Archives.openExisting(services.archive(), Clock.systemUTC());
                InboxSource source = open(mail, services.settings().data())) {
            InboxReport report = Inbox.read(archive, source, new Officer(services.sessions().of(ctx).officer()),
                    new ReplyTrust(mail.authservIds(), replyDomains()));
            model.put("recorded", report.recorded().stream().map(InboxPages::entry).toList());
            // each held message with its entry in the review list, to dismiss it from here
            Map<String, Integer> held = new HashMap<>();
            archive.reviewMessages().forEach(m -> held.put(m.messageId(), m.entryNo()));
            model.put("review", report.review().stream().map(e -> {
                Map<String, String> m = entry(e);
                m.put("entry", String.valueOf(held.getOrDefault(e.messageId(), 0)));
                return m;
            }).toList());
            model.put("alreadyRecorded", report.alreadyRecorded());
            // those an officer set aside are no longer waiting: counted, not listed
            Set<String> setAside = new HashSet<>();
            archive.dismissedMessages().forEach(d -> setAside.add(d.messageId()));
            List<Map<String, String>> unmatched = report.unmatched().stream().map(InboxPages::entry).toList();
            model.put("unmatched", unmatched.stream().filter(e -> !setAside.contains(e.get("messageId"))).toList());
            model.put("setAside", unmatched.stream().filter(e -> setAside.contains(e.get("messageId"))).count());
            model.put("skipped", report.skipped());
        } catch (UserError e) {
            ctx.status(400);
            model.put("errors", e.messages());
        }
        model.put("letters", ReviewPages.letterChoices(ArchiveView.read(services.archive()), new PageRequest(1, "",
                "")));
        services.pages().render(ctx, "inbox.ftlh", "tracker", model);
    }

    /** The more domains each recipient answers from (reply_domains), when the campaign loads; else none. */
    private Map<String, List<String>> replyDomains() {
        CampaignSource.Loaded loaded = services.source().current();
        Map<String, List<String>> domains = new HashMap<>();
        if (loaded.ok()) {
            CampaignData data = loaded.run().data();
            for (Recipient r : data.recipients()) {
                if (!r.replyDomains().isEmpty()) {
                    domains.put(ReplyTrust.key(data.campaign().id(), r.id()), r.replyDomains());
                }
            }
        }
        return domains;
    }

    private static InboxSource open(Workbench.Mail mail, java.nio.file.Path data) {
        if (mail.inbox() != null) {
            return InboxSources.fromPath(mail.inbox(), InboxOptions.defaults());
        }
        ImapSettings settings = ImapSettings.parse(mail.imap()).withTrust(mail.trust(mail.imapTrust() != null
                ? mail.imapTrust() : ImapBlock.trust(data).orElse(null)));
        return InboxSources.imap(settings, Password.of(mail.environment().apply(PASSWORD_VARIABLE)), InboxOptions
                .defaults());
    }

    /** The page reads maps: Freemarker sees no accessor of a class that is not public. */
    private static Map<String, String> entry(InboxReport.Entry e) {
        Map<String, String> m = new HashMap<>();
        m.put("origin", text(e.origin()));
        m.put("reference", text(e.reference()));
        m.put("messageId", text(e.messageId()));
        m.put("sender", text(e.sender()));
        m.put("subject", text(e.subject()));
        m.put("detail", text(e.detail()));
        return m;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
