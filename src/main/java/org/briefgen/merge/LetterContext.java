package org.briefgen.merge;

import java.util.List;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;

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
}
