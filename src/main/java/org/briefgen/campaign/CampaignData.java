package org.briefgen.campaign;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a campaign's letters are made from, loaded and validated. {@code skippedRows} holds the
 * problems of recipients' rows that a lenient load left out (empty otherwise); {@code warnings}
 * what the user should know but that stops nothing (an optional value missing).
 */
public record CampaignData(Path folder, Organisation organisation, Campaign campaign, List<Recipient> recipients,
        List<Finding> findings, List<Survey> surveys, List<SkippedRow> skippedRows, List<Problem> warnings) {

    public CampaignData {
        // packed: held for the whole run, by every command, whatever the campaign's size
        recipients = RecipientPacking.pack(recipients);
        findings = List.copyOf(findings);
        surveys = List.copyOf(surveys);
        skippedRows = skippedRows == null ? List.of() : List.copyOf(skippedRows);
        warnings = warnings == null ? List.of() : PackedList.of(warnings, Problem.PACKING);
    }

    /** The recipient whose id is {@code id} (found by halves in an index, not by reading every one), or empty. */
    public Optional<Recipient> recipient(String id) {
        return ((PackedList<Recipient>) recipients).find(id);
    }

    public CampaignData(Path folder, Organisation organisation, Campaign campaign, List<Recipient> recipients,
            List<Finding> findings, List<Survey> surveys, List<SkippedRow> skippedRows) {
        this(folder, organisation, campaign, recipients, findings, surveys, skippedRows, List.of());
    }

    public CampaignData(Path folder, Organisation organisation, Campaign campaign, List<Recipient> recipients,
            List<Finding> findings, List<Survey> surveys) {
        this(folder, organisation, campaign, recipients, findings, surveys, List.of(), List.of());
    }
}
