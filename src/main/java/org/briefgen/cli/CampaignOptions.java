package org.briefgen.cli;

import java.nio.file.Path;
import java.util.Set;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.Campaigns;
import org.briefgen.batch.OutputFormat;

import picocli.CommandLine.Option;

/**
 * Where the campaign and its templates are: shared by every command that reads a campaign, and opened
 * through the command line's one {@link Campaigns} ({@link Main} hands it in).
 */
final class CampaignOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The campaign folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", description = "The templates and house style (default: ${DEFAULT-VALUE}).")
    Path templates;

    private final Campaigns campaigns;

    CampaignOptions(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The way into a run this command line uses: its formats and its clock. */
    Campaigns campaigns() {
        return campaigns;
    }

    /** Loads and checks the campaign; "today" is read here, once. */
    CampaignRun open() {
        return open(Set.of(), false);
    }

    /**
     * The same, writing {@code formats} (none: the campaign's, or all); {@code lenient} leaves out
     * recipients whose own rows are wrong, rather than refusing all.
     */
    CampaignRun open(Set<OutputFormat> formats, boolean lenient) {
        return campaigns.open(data, templates, formats, lenient);
    }
}
