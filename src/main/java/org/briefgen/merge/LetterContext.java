package org.briefgen.merge;

import java.util.List;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.Signatory;

/** Everything one letter's template may print, for one recipient. Built by {@link Merger}. */
public record LetterContext(Organisation organisation, Campaign campaign, Recipient recipient, Signatory signatory,
        Letter letter, List<Finding> findings, SurveyIndex surveys) {

    public LetterContext {
        findings = List.copyOf(findings);
    }
}
