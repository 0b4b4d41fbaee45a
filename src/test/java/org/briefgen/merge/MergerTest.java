package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergerTest {

    private final CampaignData data = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(TestCampaigns.DATA);
    private final Merger merger = new Merger(data);

    @Test
    void theAmazonLetterHasTheReferenceDatesAndFinding() {
        LetterContext amazon = merger.merge(data.recipients().get(0), 1);
        assertThat(amazon.letter().reference()).isEqualTo("CE-2020-001");
        assertThat(amazon.letter().date()).hasToString("7 January 2020");
        assertThat(amazon.letter().deadline()).hasToString("17 January 2020");
        assertThat(amazon.letter().salutation()).isEqualTo("Dear Sir/Madam");
        assertThat(amazon.findings()).extracting(Finding::tool).containsExactly("Oxygen Forensics Cloud Extractor");
        assertThat(FileNames.letterBaseName(amazon)).isEqualTo("CE-2020-001-amazon-uk");
    }

    @Test
    void salutationComesFromTheRowThenTheContactThenTheCampaign() {
        assertThat(merger.merge(data.recipients().get(1), 2).letter().salutation()).isEqualTo("Dear Ms Okafor");
        assertThat(merger.merge(data.recipients().get(2), 3).letter().salutation()).isEqualTo("Dear Priya Raman");
    }

    @Test
    void aRecipientGetsTheFindingsOfEachOfItsProducts() {
        LetterContext fieldfare = merger.merge(data.recipients().get(2), 3);
        assertThat(fieldfare.findings()).extracting(Finding::product)
                .containsExactly("Fieldfare Cloud Backup", "Fieldfare Chat");
    }

    /** Under each finding, the briefing lists the companies whose letters carry it: each once, in the recipients' order. */
    @Test
    void theBriefingListsUnderEachFindingTheCompaniesWhoseLettersCarryIt(@TempDir Path dir) throws Exception {
        assertBriefingMatchesTheLetters(data);
        // a demo campaign: many companies under each finding, some of them under several
        Path demo = dir.resolve("demo");
        DemoCampaign.write(demo, 60);
        CampaignData many = new CampaignLoader(LocalDate.of(2030, 1, 1)).load(demo);
        List<BriefingContext.FindingEntry> entries = assertBriefingMatchesTheLetters(many);
        assertThat(entries).anySatisfy(entry -> assertThat(entry.companies()).hasSizeGreaterThan(5));
    }

    private static List<BriefingContext.FindingEntry> assertBriefingMatchesTheLetters(CampaignData campaign) {
        Merger merging = new Merger(campaign);
        List<BriefingContext.FindingEntry> entries = merging.briefing().findings();
        assertThat(entries).isNotEmpty();
        for (BriefingContext.FindingEntry entry : entries) {
            List<String> carrying = new ArrayList<>();
            for (int i = 0; i < campaign.recipients().size(); i++) {
                if (merging.merge(campaign.recipients().get(i), i + 1).findings().contains(entry.finding())) {
                    carrying.add(campaign.recipients().get(i).company());
                }
            }
            assertThat(entry.companies()).as(entry.finding().id()).containsExactlyElementsOf(carrying);
        }
        return entries;
    }

    @Test
    void mergingIsPure() {
        assertThat(merger.merge(data.recipients().get(0), 1)).isEqualTo(merger.merge(data.recipients().get(0), 1));
    }

    @Test
    void referencePatterns() {
        assertThat(ReferencePattern.format("CE-{year}-{seq:3}", 2020, "c", "amazon-uk", 7)).isEqualTo("CE-2020-007");
        assertThat(ReferencePattern.format("{campaign}/{id}", 2020, "cloud", "amazon-uk", 1))
                .isEqualTo("cloud/amazon-uk");
    }

    @Test
    void slugsAreSafeFileNames() {
        assertThat(FileNames.slug("Amazon UK")).isEqualTo("amazon-uk");
        assertThat(FileNames.slug("Søndergaard Connect ApS")).isEqualTo("sondergaard-connect-aps");
        assertThat(FileNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(FileNames.slug("CON")).isEqualTo("con-");
        assertThat(FileNames.slug("株式会社")).isEqualTo("recipient");
        assertThat(FileNames.slug("**Evil** <b>x</b> ${7*7}")).isEqualTo("evil-b-x-b-7-7");
    }

    /** An Arabic, Hebrew or Japanese company's files were all "…-recipient": named by its id instead. */
    @Test
    void aCompanyNotNamedInLatinLettersGivesItsFilesItsRecipientId() {
        assertThat(FileNames.inLatinLetters("Hogar Conectado Ñandú, S.L.")).isTrue();
        assertThat(FileNames.inLatinLetters("Søndergaard Connect ApS")).isTrue();
        assertThat(FileNames.inLatinLetters("شركة واحة المنزل الذكي")).isFalse();
        assertThat(FileNames.inLatinLetters("Waha شركة")).isFalse();
        assertThat(FileNames.inLatinLetters("株式会社")).isFalse();
    }
}
