package org.briefgen.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;

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
