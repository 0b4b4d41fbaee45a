package org.briefgen.archive.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.TextLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.CampaignLoader;
import org.briefgen.merge.Merger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's {@link ReferenceAllocator} predicts exactly the references the archive gives. */
class ReferenceAllocatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-01-07T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The bundled campaign as campaign {@code id}, its references made by {@code pattern}. */
    private CampaignData campaign(String id, String pattern) {
        Path data = TestCampaigns.copyBundled(dir.resolve(id)).resolve("data");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "id: cloud-extraction-2020", "id: " + id);
        TestCampaigns.edit(data.resolve("campaign.yaml"), "reference: \"CE-{year}-{seq:3}\"", "reference: \""
                + pattern + "\"");
        return new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data);
    }

    @Test
    void thePlanSkipsReferencesAnotherCampaignTookAsTheArchiveDoes() {
        CampaignData first = campaign("first", "CE-{year}-{seq:3}");
        CampaignData second = campaign("second", "CE-{year}-{seq:3}");
        Path out = dir.resolve("out");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            archive.issue(letter(first, first.recipients().get(0), out));
            // the second campaign's first letters take CE-2020-002 and CE-2020-003, skipping the first's 001
            for (Recipient r : second.recipients().subList(0, 2)) {
                archive.issue(letter(second, r, out));
            }
            ReferenceAllocator plan = new ReferenceAllocator("first", archive.letters());
            Merger merger = new Merger(first);
            List<String> predicted = new ArrayList<>();
            List<String> given = new ArrayList<>();
            for (Recipient r : first.recipients().subList(1, 4)) {
                predicted.add(plan.next(sequence -> merger.merge(r, sequence)).letter().reference());
                given.add(archive.issue(letter(first, r, out)).letter().reference());
            }
            assertThat(predicted).containsExactly("CE-2020-004", "CE-2020-005", "CE-2020-006");
            assertThat(given).isEqualTo(predicted);
            assertThat(archive.letters()).extracting(IssuedLetter::sequence).containsExactly(1, 2, 3, 4, 5, 6);
        }
    }

    @Test
    void aPatternWithoutSeqThatGivesATakenReferenceIsRefusedByThePlanAsByTheArchive() {
        CampaignData first = campaign("first", "{id}");
        CampaignData second = campaign("second", "{id}");
        Path out = dir.resolve("out");
        try (Archive archive = Archives.open(ArchiveLocation.of(null, out), CLOCK)) {
            archive.issue(letter(first, first.recipients().get(0), out));
            Recipient amazon = second.recipients().get(0);
            ReferenceAllocator plan = new ReferenceAllocator("second", archive.letters());
            String refusal = "reference amazon-uk is already in the archive, and the campaign's reference pattern"
                    + " '{id}' gives it again: a new letter needs {seq} in the pattern";
            assertThatThrownBy(() -> plan.next(sequence -> new Merger(second).merge(amazon, sequence)))
                    .isInstanceOf(ArchiveException.class).hasMessage(refusal);
            assertThatThrownBy(() -> archive.issue(letter(second, amazon, out))).isInstanceOf(ArchiveException.class)
                    .hasMessage(refusal);
        }
    }

    private static LetterIssue letter(CampaignData data, Recipient recipient, Path out) {
        return new TextLetter(data.campaign().id(), new Merger(data), recipient, null, out);
    }
}
