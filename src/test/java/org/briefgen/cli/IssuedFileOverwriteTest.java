package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.briefgen.TestCampaigns;
import org.briefgen.files.Sha256;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new letter whose file would replace an issued letter's is refused as bad input, and nothing is overwritten. */
class IssuedFileOverwriteTest {

    @TempDir
    Path dir;

    @Test
    void aReferencePatternChangedAfterIssuingThatWouldOverwriteAnIssuedFileExits2() throws IOException {
        Cli cli = new Cli(dir);
        assertThat(cli.generate("--formats", "pdf").code()).isZero();
        Path amazon = cli.out().resolve("cloud-extraction-2020/CE-2020-001-amazon-uk.pdf");
        String issued = Sha256.ofFile(amazon);
        // under the new pattern a new recipient's letter is "CE 2020 001", whose file name is Amazon UK's
        TestCampaigns.edit(cli.data().resolve("campaign.yaml"), "reference: \"CE-{year}-{seq:3}\"",
                "reference: \"CE {year} {id}\"");
        Files.writeString(cli.data().resolve("recipients.csv"),
                "001,Amazon UK,Amazon,Amazon Alexa,,,echo@amazon.example.org,,,en-GB\n", StandardOpenOption.APPEND);

        Cli.Result r = cli.generate("--formats", "pdf");

        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("error: refusing to overwrite " + amazon + ", a file of an issued letter (was"
                + " the campaign's reference pattern changed?)").doesNotContain("internal error");
        assertThat(Sha256.ofFile(amazon)).isEqualTo(issued);
    }
}
