package org.briefgen.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.briefgen.TestCampaigns;
import org.briefgen.campaign.load.CampaignLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** organisation.yaml's smtp: block: read for send, checked with the campaign, each fault with its line. */
class SmtpBlockTest {

    @TempDir
    Path dir;

    private Path data(String block) throws Exception {
        Path data = TestCampaigns.copyBundled(dir).resolve("data");
        Files.writeString(data.resolve("organisation.yaml"), Files.readString(data.resolve("organisation.yaml"))
                + block);
        return data;
    }

    @Test
    void theBlockIsRead() throws Exception {
        Path data = data("smtp:\n  host: smtp.example.org\n  security: tls\n  username: officer@example.org\n"
                + "  rate: 12\n");
        assertThat(CampaignLoader.smtp(data)).contains(new SmtpConfig("smtp.example.org", 0, "tls",
                "officer@example.org", 12));
        assertThat(CampaignLoader.smtp(TestCampaigns.DATA)).isEmpty();
    }

    @Test
    void eachFaultNamesItsLineAndAPasswordIsRefused() throws Exception {
        Path data = data("smtp:\n  host: smtp.example.org\n  security: ssl\n  port: 70000\n  password: hunter2\n");
        int first = Files.readAllLines(data.resolve("organisation.yaml")).indexOf("smtp:") + 1;
        DataException e = catchThrowableOfType(DataException.class, () -> CampaignLoader.smtp(data));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        String file = data.resolve("organisation.yaml").toString();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + ":" + (first + 2) + ":")
                .contains("security 'ssl' is not known: write starttls or tls"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + ":" + (first + 3) + ":")
                .contains("port 70000"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(file + ":" + (first + 4) + ":")
                .contains("a password is never written in a file").doesNotContain("hunter2"));
        // the campaign as a whole refuses the same block
        DataException whole = catchThrowableOfType(DataException.class,
                () -> new CampaignLoader(LocalDate.of(2030, 1, 1)).load(data));
        assertThat(whole.problems()).hasSize(3);
    }
}
