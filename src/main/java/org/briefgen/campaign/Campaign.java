package org.briefgen.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * One mailing: what is said, when, by whom, and with which templates. {@code letterDate} is
 * already resolved (a {@code today} in the file becomes the date of loading). {@code briefingTemplate}
 * is null when the campaign has no research briefing. The response window is {@code responseDays}
 * counted as {@code deadlineCounting} says, skipping {@code holidays} (in date order) when it
 * counts working days. {@code formats} names the files to write for each letter, in lower
 * case, each once; empty when the campaign names none. A follow-up to a silent recipient is made
 * from {@code followUpTemplate} and gives {@code followUpDays} more, counted as the first window.
 * With {@code approval} required, letters are issued only under another officer's approval.
 */
public record Campaign(String id, String title, String subject, LocalDate letterDate, int responseDays,
        String referencePattern, String language, String platform, String defaultSalutation, Signatory signatory,
        String letterTemplate, String briefingTemplate, String styleFile, String briefingUrl,
        DeadlineCounting deadlineCounting, List<LocalDate> holidays, List<String> formats, int followUpDays,
        String followUpTemplate, ApprovalPolicy approval) {

    /** The follow-up template a campaign names none: {@code templates: follow_up:} in campaign.yaml. */
    public static final String FOLLOW_UP_TEMPLATE = "follow-up.md.ftl";

    /** A campaign whose follow-ups give as long as its letters, from the default follow-up template. */
    public Campaign(String id, String title, String subject, LocalDate letterDate, int responseDays,
            String referencePattern, String language, String platform, String defaultSalutation, Signatory signatory,
            String letterTemplate, String briefingTemplate, String styleFile, String briefingUrl,
            DeadlineCounting deadlineCounting, List<LocalDate> holidays, List<String> formats) {
        this(id, title, subject, letterDate, responseDays, referencePattern, language, platform, defaultSalutation,
                signatory, letterTemplate, briefingTemplate, styleFile, briefingUrl, deadlineCounting, holidays,
                formats, responseDays, FOLLOW_UP_TEMPLATE, ApprovalPolicy.NONE);
    }

    /** A campaign whose letters need no approval. */
    public Campaign(String id, String title, String subject, LocalDate letterDate, int responseDays,
            String referencePattern, String language, String platform, String defaultSalutation, Signatory signatory,
            String letterTemplate, String briefingTemplate, String styleFile, String briefingUrl,
            DeadlineCounting deadlineCounting, List<LocalDate> holidays, List<String> formats, int followUpDays,
            String followUpTemplate) {
        this(id, title, subject, letterDate, responseDays, referencePattern, language, platform, defaultSalutation,
                signatory, letterTemplate, briefingTemplate, styleFile, briefingUrl, deadlineCounting, holidays,
                formats, followUpDays, followUpTemplate, ApprovalPolicy.NONE);
    }

    /** The platform {@code platform} names (Twitter when it names none briefgen knows; loading refuses those). */
    public Platform platformKind() {
        return Platform.named(platform).orElse(Platform.TWITTER);
    }

    public Campaign {
        deadlineCounting = deadlineCounting == null ? DeadlineCounting.CALENDAR : deadlineCounting;
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        formats = formats == null ? List.of() : List.copyOf(formats);
        followUpTemplate = followUpTemplate == null ? FOLLOW_UP_TEMPLATE : followUpTemplate;
        approval = approval == null ? ApprovalPolicy.NONE : approval;
    }

    /** The old name of {@link #language()}, still answered for templates that print {@code ${campaign.locale}}. */
    @Deprecated
    public String locale() {
        return language;
    }
}
