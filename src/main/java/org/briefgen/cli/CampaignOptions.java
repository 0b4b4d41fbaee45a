package org.briefgen.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import org.briefgen.batch.CampaignRun;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.CampaignLoader;

import picocli.CommandLine.Option;

/** Where the campaign and its templates are: shared by every command that reads a campaign. */
final class CampaignOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The campaign folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The templates and house style (default: ${DEFAULT-VALUE}).")
    Path templates;

    /** Loads and checks the campaign; "today" is read here, once. */
    CampaignRun open() {
        CampaignData campaign = new CampaignLoader(LocalDate.now()).load(data);
        return new CampaignRun(campaign, templates);
    }
}
