package org.briefgen.merge;

import java.util.List;

import org.briefgen.campaign.Campaign;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Organisation;

/**
 * What the campaign's research briefing may print: every finding with the companies it concerns,
 * and the surveys. Built by {@link Merger#briefing()}.
 */
public record BriefingContext(Organisation organisation, Campaign campaign, LetterDate date,
        List<FindingEntry> findings, SurveyIndex surveys) {

    public BriefingContext {
        findings = List.copyOf(findings);
    }

    /** A finding and the companies (of the recipients table) it applies to. */
    public record FindingEntry(Finding finding, List<String> companies) {
        public FindingEntry {
            companies = List.copyOf(companies);
        }
    }
}
