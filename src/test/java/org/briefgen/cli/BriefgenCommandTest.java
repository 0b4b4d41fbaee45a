package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.briefgen.batch.Campaigns;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line is made with the one subcommand a run names (picocli reads every option of every
 * command it is given): what it parses and says is what the whole command line parses and says.
 */
class BriefgenCommandTest {

    private static CommandLine line(String... args) {
        return BriefgenCommand.line(new Main.Factory(Campaigns.installed()), args);
    }

    @Test
    void aRunNamingASubcommandReadsThatOneAlone() {
        assertThat(line("archive", "verify").getSubcommands()).containsOnlyKeys("archive");
        assertThat(line("--debug", "generate", "--jobs", "2").getSubcommands()).containsOnlyKeys("generate");
        assertThat(line("archive").getSubcommands().get("archive").getSubcommands()).containsKeys("verify", "list");
    }

    @Test
    void helpAMissingOrMistypedCommandGetsThemAll() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"generat"}}) {
            assertThat(line(args).getSubcommands()).as(String.join(" ", args)).hasSize(15)
                    .containsKeys("generate", "validate", "archive", "serve", "approve", "approvals");
        }
    }

    @Test
    void aSubcommandsUsageAndErrorsAreTheSameAsWithEveryCommand() {
        for (String[] args : new String[][] {{"generate", "--help"}, {"archive", "list", "--help"},
                {"validate", "--nope"}, {"--debug", "tracker", "--format", "odt"}, {"generat", "--help"}}) {
            assertThat(said(line(args), args)).as(String.join(" ", args)).isEqualTo(said(line(), args));
        }
    }

    private static String said(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        return code + "\n" + out;
    }
}
