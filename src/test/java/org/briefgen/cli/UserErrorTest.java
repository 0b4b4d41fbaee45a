package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.briefgen.archive.ArchiveException;
import org.briefgen.batch.InvalidCampaignException;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.Problem;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;
import org.briefgen.render.StyleException;
import org.briefgen.template.TemplateFaultException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One error type carries its exit code and words; Main prints any of them the same way. */
class UserErrorTest {

    @TempDir
    Path dir;

    private static String report(Exception e) {
        StringWriter err = new StringWriter();
        int code = Main.report(e, new PrintWriter(err, true), false);
        return code + "\n" + err;
    }

    @Test
    void everyKindOfUserErrorIsPrintedAsItsProblemsThenWhatWasNotDone() {
        assertThat(report(new DataException(List.of(Problem.at("data/campaign.yaml", 6, 0, "unknown key 'x'"),
                Problem.at("data/recipients.csv", 4, 97, "'dpo' is not an e-mail address")))))
                .isEqualTo("2\nerror: data/campaign.yaml:6: unknown key 'x'\n"
                        + "error: data/recipients.csv:4:97: 'dpo' is not an e-mail address\n"
                        + "2 problems in the campaign data; nothing was written.\n");
        assertThat(report(new InvalidCampaignException(List.of("templates/letter.md.ftl:70:34: no value"))))
                .isEqualTo("2\nerror: templates/letter.md.ftl:70:34: no value\n"
                        + "1 problem in the letters; nothing was written.\n");
        assertThat(report(new ArchiveException("no letter CE-9 in the archive")))
                .isEqualTo("2\nerror: no letter CE-9 in the archive\nnothing was recorded.\n");
        assertThat(report(new TemplateFaultException("templates/letter.md.ftl", 3, 1, "syntax error")))
                .isEqualTo("2\nerror: templates/letter.md.ftl:3:1: syntax error\nnothing was written.\n");
        assertThat(report(new StyleException("templates/style.yaml:2: unknown key 'colour'")))
                .isEqualTo("2\nerror: templates/style.yaml:2: unknown key 'colour'\nnothing was written.\n");
    }

    @Test
    void aUserErrorCanCarryAnotherExitCode() {
        UserError notIntact = new UserError("2 mismatches", ExitCode.NOT_INTACT) {
            @Override
            public String outcome() {
                return "NOT intact.";
            }
        };
        assertThat(report(notIntact)).isEqualTo("3\nerror: 2 mismatches\nNOT intact.\n");
    }

    @Test
    void anythingElseIsAnInternalErrorThatPointsAtDebug() {
        assertThat(report(new IllegalStateException("boom")))
                .isEqualTo("1\ninternal error: java.lang.IllegalStateException: boom (run again with --debug to see"
                        + " where)\n");
    }

    /** Regression: an --out that names a file was an internal error (exit 1) when the archive's folder was made. */
    @Test
    void anOutputFolderThatIsAFileIsBadInputNamingIt() throws IOException {
        Cli cli = new Cli(dir);
        Files.writeString(cli.out(), "not a folder");
        Cli.Result result = cli.generate("--quiet");
        assertThat(result.code()).as(result.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(result.err()).contains("error: " + cli.out() + " is a file, not a folder")
                .doesNotContain("internal error");
        assertThat(Cli.run("archive", "list", "--out", cli.out().toString()).code()).isEqualTo(ExitCode.BAD_INPUT);
    }
}
