package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command's own usage checks (those picocli cannot make from the options alone): exit 2, the
 * message, and the usage of that command, not of its parent, before anything is opened or written.
 */
class UsageErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "send --limit -1                          | --limit must be 0 or more                 | briefgen send",
            "inbox                                    | give --from PATH or --imap URL            | briefgen inbox",
            "inbox review --confirm 1                 | recorded with the officer's name          | briefgen inbox review",
            "inbox review --comment why               | --comment goes with --confirm             | briefgen inbox review",
            "respond CE-1 --correction --withdrawn    | --correction and --withdrawn exclude      | briefgen respond",
            "respond CE-1 --summary yes               | missing --received DATE                   | briefgen respond",
            "user role ada boss                       | 'boss' is not a role                      | briefgen user role",
            "user add ada --role boss                 | 'boss' is not a role                      | briefgen user add"})
    void aCommandsOwnUsageErrorExitsTwoWithItsUsage(String args, String message, String command) {
        Cli.Result r = Cli.run(args.split(" +"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(message).contains("Usage: " + command + " ");
        assertThat(r.out()).isEmpty();
    }
}
