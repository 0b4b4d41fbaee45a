package org.briefgen.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Recipient;

/**
 * Builds one recipient's {@link LetterContext}: reference, dates, greeting and the findings that
 * apply. Pure: no I/O and no clock, so the same campaign gives the same letters.
 */
public final class Merger {

    private final CampaignData data;
    private final SurveyIndex surveys;

    public Merger(CampaignData data) {
        this.data = data;
        this.surveys = new SurveyIndex(data.surveys());
    }

    /** The context of the letter to {@code recipient}, the {@code sequence}-th of the campaign (from 1). */
    public LetterContext merge(Recipient recipient, int sequence) {
        var campaign = data.campaign();
        String language = recipient.locale() != null ? recipient.locale() : campaign.locale();
        Locale locale = Locale.forLanguageTag(language);
        String reference = ReferencePattern.format(campaign.referencePattern(), campaign.letterDate().getYear(),
                campaign.id(), recipient.id(), sequence);
        LetterDate date = LetterDate.of(campaign.letterDate(), locale);
        LetterDate deadline = LetterDate.of(Deadline.after(campaign.letterDate(), campaign.responseDays(),
                campaign.deadlineCounting(), campaign.holidays()), locale);
        Letter letter = new Letter(reference, sequence, date, deadline, salutation(recipient), language);
        return new LetterContext(data.organisation(), campaign, recipient, campaign.signatory(), letter,
                findingsFor(recipient), surveys, null);
    }

    /**
     * The context of the {@code round}-th follow-up to {@code recipient}, dated {@code date}, chasing
     * {@code chain}: the original letter first, then the earlier follow-ups, as the archive recorded them.
     * Its reference is the original's with the round's suffix; its deadline is {@code date} plus the
     * campaign's follow-up window, counted as the first letter's was.
     */
    public LetterContext followUp(Recipient recipient, int sequence, LocalDate date, List<FollowUp.Request> chain) {
        var campaign = data.campaign();
        LetterContext first = merge(recipient, sequence);
        Locale locale = Locale.forLanguageTag(first.letter().language());
        List<FollowUp.Cited> cited = chain.stream().map(r -> new FollowUp.Cited(r.reference(),
                LetterDate.of(r.date(), locale), LetterDate.of(r.deadline(), locale))).toList();
        int round = chain.size();
        LetterDate deadline = LetterDate.of(Deadline.after(date, campaign.followUpDays(), campaign.deadlineCounting(),
                campaign.holidays()), locale);
        Letter letter = new Letter(ReferencePattern.followUp(cited.get(0).reference(), round), sequence,
                LetterDate.of(date, locale), deadline, first.letter().salutation(), first.letter().language());
        return new LetterContext(data.organisation(), campaign, recipient, campaign.signatory(), letter,
                first.findings(), surveys, new FollowUp(round, cited.get(0), cited.subList(1, cited.size())));
    }

    /** The context of the campaign's research briefing, dated with the letters. */
    public BriefingContext briefing() {
        var campaign = data.campaign();
        List<BriefingContext.FindingEntry> entries = data.findings().stream()
                .map(f -> new BriefingContext.FindingEntry(f, data.recipients().stream()
                        .filter(r -> findingsFor(r).contains(f)).map(Recipient::company).toList()))
                .toList();
        return new BriefingContext(data.organisation(), campaign,
                LetterDate.of(campaign.letterDate(), Locale.forLanguageTag(campaign.locale())), entries, surveys);
    }

    private String salutation(Recipient r) {
        if (r.salutation() != null) {
            return r.salutation().replaceFirst(",\\s*$", "");
        }
        if (r.contactName() != null) {
            return "Dear " + r.contactName();
        }
        return data.campaign().defaultSalutation();
    }

    /** The findings naming this recipient, or else those about one of its products. */
    List<Finding> findingsFor(Recipient r) {
        return data.findings().stream().filter(f -> f.recipients().isEmpty()
                ? r.products().stream().anyMatch(p -> p.equalsIgnoreCase(f.product()))
                : f.recipients().contains(r.id())).toList();
    }
}
