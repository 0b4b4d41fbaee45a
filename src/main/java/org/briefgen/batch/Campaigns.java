package org.briefgen.batch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.load.CampaignLoader;

/**
 * The one way into a campaign run, for the command line and the workbench alike: it holds the
 * output formats (resolved once from the registry, then passed down to every run) and the clock that
 * says what "today" is, loads a campaign against them and opens its {@link CampaignRun}. Issuing
 * through {@link CampaignIssuer} then writes the letters with their briefing, and reports both.
 * {@code formats} are those every run opened here chooses from.
 */
public record Campaigns(OutputFormats formats, Clock clock) {

    /** The formats installed now, and the system's clock in its own zone. */
    public static Campaigns installed() {
        return new Campaigns(OutputFormats.installed(), Clock.systemDefaultZone());
    }

    /**
     * The campaign in {@code data} as of today; {@code lenient} leaves out recipients whose own rows are
     * wrong (each reported) rather than refusing all. Its {@code formats} key may name any format here.
     */
    public CampaignData load(Path data, boolean lenient) {
        return load(data, LocalDate.now(clock), lenient);
    }

    /** The campaign in {@code data}, its dates judged as of {@code day}. */
    public CampaignData load(Path data, LocalDate day, boolean lenient) {
        return new CampaignLoader(day, formats.names()).load(data, lenient);
    }

    /** The campaign in {@code data} with its {@code templates}, writing its own formats (or the defaults). */
    public CampaignRun open(Path data, Path templates) {
        return open(data, templates, Set.of(), false);
    }

    /** The same, writing {@code asked} (none: the campaign's, or the defaults); {@code lenient} as {@link #load}. */
    public CampaignRun open(Path data, Path templates, Set<OutputFormat> asked, boolean lenient) {
        return run(load(data, lenient), templates, asked);
    }

    /** A run of a campaign already loaded, writing its own formats (or the defaults). */
    public CampaignRun run(CampaignData data, Path templates) {
        return run(data, templates, Set.of());
    }

    /** A run of a campaign already loaded, writing {@code asked} (none: the campaign's, or the defaults). */
    public CampaignRun run(CampaignData data, Path templates, Set<OutputFormat> asked) {
        return new CampaignRun(data, templates, formats, asked);
    }
}
