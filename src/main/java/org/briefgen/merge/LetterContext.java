package org.briefgen.merge;

import java.util.List;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;
import org.briefgen.i18n.Languages;
import org.briefgen.i18n.MessageCatalog;
import org.briefgen.i18n.Messages;

/**
 * Everything one letter's template may print, for one recipient. Built by {@link Merger}.
 * {@code followUp} is null for a first letter, and says which letters a follow-up chases.
 */
public record LetterContext(Organisation organisation, Campaign campaign, Recipient recipient, Signatory signatory,
        Letter letter, List<Finding> findings, SurveyIndex surveys, FollowUp followUp) {

    /** A first letter (not a follow-up). */
    public LetterContext(Organisation organisation, Campaign campaign, Recipient recipient, Signatory signatory,
            Letter letter, List<Finding> findings, SurveyIndex surveys) {
        this(organisation, campaign, recipient, signatory, letter, findings, surveys, null);
    }

    public LetterContext {
        findings = List.copyOf(findings);
    }

    /**
     * This letter as it is written in the campaign's language (dates, greeting, survey words), for a
     * template with no translation into the letter's own language.
     */
    public LetterContext inCampaignLanguage(MessageCatalog messages) {
        String language = campaign.locale();
        if (Languages.sameLanguage(language, letter.language())) {
            return this;
        }
        Messages words = messages.forLanguage(language);
        Letter l = new Letter(letter.reference(), letter.sequence(), LetterDate.of(letter.date().date(), words),
                LetterDate.of(letter.deadline().date(), words), Merger.salutation(recipient, words, true, campaign
                        .defaultSalutation()),
                language);
        return new LetterContext(organisation, campaign, recipient, signatory, l, findings, surveys.untranslated(),
                followUp == null ? null : followUp.in(words));
    }
}
