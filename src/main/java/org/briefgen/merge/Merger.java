package org.briefgen.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Recipient;
import org.briefgen.i18n.Languages;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;

/**
 * Builds one recipient's {@link LetterContext}: language, reference, dates, greeting and the
 * findings that apply. Pure: no I/O and no clock, so the same campaign gives the same letters.
 */
public final class Merger {

    private final CampaignData data;
    private final SurveyIndex surveys;
    private final MessageCatalog messages;
    private final BiPredicate<String, String> translated;

    /** A merger for a campaign with no translations: every letter is in the campaign's language. */
    public Merger(CampaignData data) {
        this(data, MessageCatalog.builtIn(), (template, tag) -> false);
    }

    /**
     * A merger whose letters are in their recipient's language when {@code translated} says the
     * template they are made from (the letter's, or the follow-up's) has a translation into it, and in
     * the campaign's otherwise. This is the one place a letter's language is decided: the template, the
     * document and its words are all handed the language of the context made here.
     */
    public Merger(CampaignData data, MessageCatalog messages, BiPredicate<String, String> translated) {
        this.data = data;
        this.surveys = new SurveyIndex(data.surveys());
        this.messages = messages;
        this.translated = translated;
    }

    /**
     * The language of the letter to {@code recipient}: the one it asks for (its {@code language} or
     * {@code locale}) when it is the campaign's or the letter has a translation into it, else the campaign's.
     */
    public String languageOf(Recipient recipient) {
        return languageFor(recipient.language(), data.campaign().letterTemplate());
    }

    /** {@code asked} when it is the campaign's language or {@code template} has a translation into it, else the campaign's. */
    private String languageFor(String asked, String template) {
        String campaign = data.campaign().language();
        if (asked == null || !Languages.known(asked)) {
            return campaign;
        }
        return Languages.sameLanguage(asked, campaign) || translated.test(template, asked) ? asked : campaign;
    }

    /** The context of the letter to {@code recipient}, the {@code sequence}-th of the campaign (from 1). */
    public LetterContext merge(Recipient recipient, int sequence) {
        return merge(recipient, sequence, languageOf(recipient));
    }

    /**
     * The context of the {@code round}-th follow-up to {@code recipient}, dated {@code date}, chasing
     * {@code chain}: the original letter first, then the earlier follow-ups, as the archive recorded them.
     * Its reference is the original's with the round's suffix; its deadline is {@code date} plus the
     * campaign's follow-up window, counted as the first letter's was. It is in the first letter's language
     * when the follow-up template has a translation into it, else in the campaign's.
     */
    public LetterContext followUp(Recipient recipient, int sequence, LocalDate date, List<FollowUp.Request> chain) {
        var campaign = data.campaign();
        LetterContext first = merge(recipient, sequence, languageFor(languageOf(recipient),
                campaign.followUpTemplate()));
        Messages words = messages.forLanguage(first.letter().language());
        List<FollowUp.Cited> cited = chain.stream().map(r -> new FollowUp.Cited(r.reference(),
                LetterDate.of(r.date(), words), LetterDate.of(r.deadline(), words))).toList();
        int round = chain.size();
        LetterDate deadline = LetterDate.of(Deadline.after(date, campaign.followUpDays(), campaign.deadlineCounting(),
                campaign.holidays()), words);
        Letter letter = new Letter(ReferencePattern.followUp(cited.get(0).reference(), round), sequence,
                LetterDate.of(date, words), deadline, first.letter().salutation(), first.letter().language());
        return new LetterContext(data.organisation(), campaign, recipient, campaign.signatory(), letter,
                first.findings(), first.surveys(), new FollowUp(round, cited.get(0), cited.subList(1, cited.size())));
    }

    /** The letter to {@code recipient} in {@code language}, whatever the recipient asks for. */
    public LetterContext merge(Recipient recipient, int sequence, String language) {
        var campaign = data.campaign();
        Messages words = messages.forLanguage(language);
        String reference = ReferencePattern.format(campaign.referencePattern(), campaign.letterDate().getYear(),
                campaign.id(), recipient.id(), sequence);
        LetterDate date = LetterDate.of(campaign.letterDate(), words);
        LetterDate deadline = LetterDate.of(Deadline.after(campaign.letterDate(), campaign.responseDays(),
                campaign.deadlineCounting(), campaign.holidays()), words);
        boolean campaignLanguage = Languages.sameLanguage(language, campaign.language());
        Letter letter = new Letter(reference, sequence, date, deadline, salutation(recipient, words,
                campaignLanguage, campaign.defaultSalutation()), language);
        return new LetterContext(data.organisation(), campaign, recipient, campaign.signatory(), letter,
                findingsFor(recipient), campaignLanguage ? surveys : surveys.in(language), null);
    }

    /** The context of the campaign's research briefing, dated with the letters, in the campaign's language. */
    public BriefingContext briefing() {
        return briefing(data.campaign().language());
    }

    /** The context of the research briefing in {@code language}, with the findings written in it. */
    public BriefingContext briefing(String language) {
        var campaign = data.campaign();
        // each recipient's findings found once (not once for every finding: a campaign's findings times
        // its companies times its findings again), the companies gathered under each, in the recipients' order
        Map<Finding, Companies> companies = new IdentityHashMap<>();
        for (Recipient recipient : data.recipients()) {
            for (Finding finding : findingsFor(recipient)) {
                companies.computeIfAbsent(finding, f -> new Companies()).add(recipient);
            }
        }
        // a briefing lists the findings written in its language: its quotations are never in another
        List<BriefingContext.FindingEntry> entries = data.findings().stream()
                .filter(f -> Languages.sameLanguage(f.language() == null ? campaign.language() : f.language(),
                        language))
                .map(f -> new BriefingContext.FindingEntry(f, companies.containsKey(f) ? companies.get(f).names
                        : List.of()))
                .toList();
        boolean campaignLanguage = Languages.sameLanguage(language, campaign.language());
        return new BriefingContext(data.organisation(), campaign,
                LetterDate.of(campaign.letterDate(), messages.forLanguage(language)), entries,
                campaignLanguage ? surveys : surveys.in(language));
    }

    /** The companies a finding names, each recipient once, in the recipients' order. */
    private static final class Companies {
        private final List<String> names = new ArrayList<>();
        private Recipient last;

        void add(Recipient recipient) {
            if (recipient != last) {
                names.add(recipient.company());
                last = recipient;
            }
        }
    }

    static String salutation(Recipient r, Messages words, boolean campaignLanguage, String campaignDefault) {
        if (r.salutation() != null) {
            return r.salutation().replaceFirst(",\\s*$", "");
        }
        if (r.contactName() != null) {
            // the name as written, the greeting agreeing with its title: "Sehr geehrte Frau Dr. Weiß"
            return words.text("letter.salutation.named", "name", r.contactName(), "title", ContactTitle.of(
                    r.contactName()));
        }
        return campaignLanguage ? campaignDefault : words.text("letter.salutation.default");
    }

    /** The findings naming this recipient, or else those about one of its products. */
    public List<Finding> findingsOf(Recipient r) {
        return findingsFor(r);
    }

    List<Finding> findingsFor(Recipient r) {
        return data.findings().stream().filter(f -> f.recipients().isEmpty()
                ? r.products().stream().anyMatch(p -> p.equalsIgnoreCase(f.product()))
                : f.recipients().contains(r.id())).toList();
    }
}
