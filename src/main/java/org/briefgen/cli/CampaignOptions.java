package org.briefgen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.OutputFormat;
import org.briefgen.batch.OutputFormats;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;

import picocli.CommandLine.Option;

/** Where the campaign and its templates are: shared by every command that reads a campaign. */
final class CampaignOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "The templates and house style (default: ${DEFAULT-VALUE}).")
    Path templates;

    /** Loads and checks the campaign; "today" is read here, once. */
    CampaignRun open() {
        return open(Set.of());
    }

    /** The same, writing {@code formats} (none: the campaign's, or all). */
    CampaignRun open(Set<OutputFormat> formats) {
        return open(formats, false);
    }

    /**
     * The same; {@code lenient} leaves out recipients whose own rows are wrong, rather than refusing all.
     * The campaign's {@code formats} may name any format installed.
     */
    CampaignRun open(Set<OutputFormat> formats, boolean lenient) {
        CampaignData campaign = new CampaignLoader(LocalDate.now(), OutputFormats.installed().names())
                .load(data, lenient);
        return new CampaignRun(campaign, templates, formats);
    }
}
