package org.briefgen.merge;

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
                findingsFor(recipient), surveys);
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
