package org.briefgen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2030, 5, 4);

    @TempDir
    Path dir;

    private Path data() {
        return TestCampaigns.copyBundled(dir).resolve("data");
    }

    private List<String> problems(Path data) {
        DataException e = catchThrowableOfType(DataException.class, () -> new CampaignLoader(TODAY).load(data));
        assertThat(e).as("the campaign should not load").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBundledCampaignLoads() {
        CampaignData data = new CampaignLoader(TODAY).load(TestCampaigns.DATA);
        assertThat(data.campaign().id()).isEqualTo("cloud-extraction-2020");
        assertThat(data.campaign().letterDate()).isEqualTo(LocalDate.of(2020, 1, 7));
        assertThat(data.recipients()).extracting(Recipient::company).startsWith("Amazon UK");
        Recipient amazon = data.recipients().get(0);
        assertThat(amazon.emails()).containsExactly("eu-privacy@amazon.co.uk");
        assertThat(amazon.handle()).isEqualTo("@AmazonUK");
        assertThat(amazon.line()).isEqualTo(2);
        Finding alexa = data.findings().get(0);
        assertThat(alexa.product()).isEqualTo("Amazon Alexa");
        assertThat(alexa.quotations()).hasSize(2);
        assertThat(alexa.quotations().get(0).text()).startsWith("The valuable data extracted")
                .endsWith("valuable voice commands.");
        assertThat(alexa.quotations().get(0).attribution()).isEqualTo("Oxygen Forensics");
        assertThat(data.surveys().get(0).sampleSize()).isEqualTo(2072);
    }

    @Test
    void formatsAreNamedOrLeftToTheRun() {
        assertThat(new CampaignLoader(TODAY).load(TestCampaigns.DATA).campaign().formats())
                .containsExactly("pdf", "docx", "eml", "post");
        Path data = data();
        TestCampaigns.edit(data.resolve("campaign.yaml"), "formats: [pdf, docx, eml, post]",
                "formats: [EML, pdf, eml]");
        assertThat(new CampaignLoader(TODAY).load(data).campaign().formats()).containsExactly("eml", "pdf");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "formats: [EML, pdf, eml]", "");
        assertThat(new CampaignLoader(TODAY).load(data).campaign().formats()).isEmpty();
    }

    @Test
    void letterDateTodayIsTheDateOfLoading() {
        Path data = data();
        TestCampaigns.edit(data.resolve("campaign.yaml"), "letter_date: 2020-01-07", "letter_date: today");
        assertThat(new CampaignLoader(TODAY).load(data).campaign().letterDate()).isEqualTo(TODAY);
    }

    @Test
    void aBadEmailIsNamedWithFileLineAndColumn() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "dpo@fieldfare.example.org", "dpo-at-fieldfare");
        assertThat(problems(data)).containsExactly(data.resolve("recipients.csv")
                + ":4:97: 'dpo-at-fieldfare' is not an e-mail address (write it as name@domain.example, one address per"
                + " ';')");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "@AmazonUK", "AmazonUK");
        TestCampaigns.edit(data.resolve("campaign.yaml"), "response_days: 10", "response_dayz: 10");
        TestCampaigns.edit(data.resolve("surveys/yougov-2019.yaml"), "percent: 44.3", "percent: 144.3");
        List<String> problems = problems(data);
        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(data.resolve("recipients.csv") + ":2:")
                .contains("'AmazonUK' is not a Twitter handle (write it with its '@', as in '@AmazonUK')"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(data.resolve("campaign.yaml") + ":6:")
                .contains("unknown key 'response_dayz' (did you mean 'response_days'?)"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(data.resolve("campaign.yaml") + ":")
                .contains("missing required key 'response_days'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(data.resolve("surveys/yougov-2019.yaml") + ":")
                .contains("a percentage must lie between 0 and 100, found 144.3"));
    }

    @Test
    void duplicateIdsNameBothLines() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "fieldfare,Fieldfare", "amazon-uk,Fieldfare");
        assertThat(problems(data)).singleElement().asString()
                .startsWith(data.resolve("recipients.csv") + ":4:1: recipient id 'amazon-uk' is also used on line 2");
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorNamingTheLine() throws IOException {
        Path data = data();
        Path csv = data.resolve("recipients.csv");
        byte[] bytes = Files.readAllBytes(csv);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("Søndergaard Connect",
                "S\u00f8ndergaard Connect");
        Files.write(csv, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(problems(data)).singleElement().asString().startsWith(csv + ":5:")
                .contains("not UTF-8").contains("encoding: windows-1252");
    }

    @Test
    void windows1252IsReadWhenTheCampaignSaysSo() throws IOException {
        Path data = data();
        Path csv = data.resolve("recipients.csv");
        String text = Files.readString(csv);
        Files.write(csv, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        TestCampaigns.edit(data.resolve("campaign.yaml"), "recipients: recipients.csv",
                "recipients: recipients.csv\nencoding: windows-1252");
        assertThat(new CampaignLoader(TODAY).load(data).recipients().get(3).company())
                .isEqualTo("Søndergaard Connect ApS");
    }

    @Test
    void anUnclosedQuoteIsNamedAtTheLineWhereTheFieldBegins() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "fieldfare,Fieldfare Messaging Ltd,",
                "fieldfare,\"Fieldfare Messaging Ltd,");
        assertThat(problems(data)).containsExactly(data.resolve("recipients.csv")
                + ":4: a quoted field starts here and is never closed (every \" that opens a field needs a closing \";"
                + " write \"\" for a quote inside one)");
    }

    @Test
    void aStrayQuoteIsNamedWithItsLine() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "fieldfare,Fieldfare Messaging Ltd,",
                "fieldfare,\"Fieldfare\" Messaging Ltd,");
        assertThat(problems(data)).singleElement().asString()
                .startsWith(data.resolve("recipients.csv") + ":4: text follows the closing quote of a field");
    }

    @Test
    void aMissingColumnIsNamed() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "id,company,", "id,firm,");
        assertThat(problems(data)).anySatisfy(p -> assertThat(p).contains(":1: missing column 'company'"));
    }

    @Test
    void headersAreMatchedIgnoringCaseSpacesAndAliases() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), "id,company,short_name,products,contact_name",
                "ID,Company Name,Short Name,Product,Contact");
        assertThat(new CampaignLoader(TODAY).load(data).recipients()).hasSize(5);
    }

    @Test
    void aMisspeltColumnGetsAHint() {
        Path data = data();
        TestCampaigns.edit(data.resolve("recipients.csv"), ",email,", ",emial,");
        assertThat(problems(data)).anySatisfy(p -> assertThat(p)
                .isEqualTo(data.resolve("recipients.csv") + ":1:56: unknown column 'emial' (did you mean 'email'?)"));
    }

    @Test
    void aSingleChoiceQuestionMustAddUpToAHundred() {
        Path data = data();
        TestCampaigns.edit(data.resolve("surveys/yougov-2019.yaml"), "percent: 11.0", "percent: 15.0");
        assertThat(problems(data)).singleElement().asString()
                .contains("question 'understand-cloud' add up to 104.0%, not 100%");
    }

    @Test
    void aSurveyStillInTheFieldOnTheLetterDateIsAnError() {
        Path data = data();
        TestCampaigns.edit(data.resolve("surveys/yougov-2019.yaml"), "end: 2019-11-08", "end: 2020-01-07");
        assertThat(problems(data)).singleElement().asString().contains("not before the letter date 2020-01-07");
    }

    @Test
    void invalidYamlNamesTheLine() {
        Path data = data();
        TestCampaigns.edit(data.resolve("organisation.yaml"), "  - 62 Britton Street",
                "  - 62 Britton Street\n bad: [");
        assertThat(problems(data)).singleElement().asString().startsWith(data.resolve("organisation.yaml") + ":")
                .contains("not valid YAML");
    }

    @Test
    void aMissingFolderIsNamed() {
        DataException e = catchThrowableOfType(DataException.class,
                () -> new CampaignLoader(TODAY).load(dir.resolve("nowhere")));
        assertThat(e.getMessage()).contains("nowhere").contains("campaign folder not found");
    }
}
