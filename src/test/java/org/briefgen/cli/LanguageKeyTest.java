package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.briefgen.TestCampaigns;
import org.briefgen.failure.ExitCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data says {@code language} where it once said {@code locale}: the bundled campaign uses the new
 * name and validates without a word about it; a campaign still written with {@code locale} (the key in
 * campaign.yaml, the column in recipients.csv) is read as before, with a warning at each place.
 */
class LanguageKeyTest {

    @TempDir
    Path dir;

    @Test
    void theBundledCampaignSaysLanguageAndGetsNoWarningAboutIt() {
        Cli cli = new Cli(dir);
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).doesNotContain("locale");
    }

    @Test
    void theOldNameLocaleIsStillReadWithAWarningAtItsPlace() throws IOException {
        Cli cli = new Cli(dir);
        TestCampaigns.edit(cli.data().resolve("campaign.yaml"), "language: en-GB", "locale: en-GB");
        TestCampaigns.edit(cli.data().resolve("recipients.csv"), "address,language", "address,locale");
        Cli.Result r = Cli.run("validate", "--data", cli.data().toString(), "--templates", cli.root.resolve(
                "templates").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("warning: " + cli.data().resolve("campaign.yaml") + ":10:9: locale:"
                + " the old name of 'language': write 'language: en-GB'")
                .contains("warning: " + cli.data().resolve("recipients.csv") + ":1:77: 'locale' is the old name"
                        + " of this column: call it 'language'");
        Cli.Result made = cli.generate();
        assertThat(made.code()).as(made.err()).isEqualTo(ExitCode.OK);
        assertThat(made.out()).contains("CE-2020-005");
    }
}
