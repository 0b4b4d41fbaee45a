package org.briefgen.campaign;

import java.nio.file.Path;
import java.util.List;

/** Everything a campaign's letters are made from, loaded and validated. */
public record CampaignData(Path folder, Organisation organisation, Campaign campaign, List<Recipient> recipients,
        List<Finding> findings, List<Survey> surveys) {

    public CampaignData {
        recipients = List.copyOf(recipients);
        findings = List.copyOf(findings);
        surveys = List.copyOf(surveys);
    }
}
