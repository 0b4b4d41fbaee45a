package org.briefgen.cli;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.briefgen.campaign.EmailAddress;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Gives an officer their own e-mail address, where the workbench's "Send a test to me" goes. */
@Command(name = "email", mixinStandardHelpOptions = true, description = {
        "Give officer NAME their own e-mail address: the workbench's \"Send a test to me\" sends there."})
final class UserEmailCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "The officer's name.")
    String name;

    @Parameters(index = "1", paramLabel = "ADDRESS", description = "Their e-mail address, such as"
            + " ada@privacyinternational.org.")
    String address;

    @Mixin
    ArchiveAccessOptions at;

    @Override
    public Integer call() {
        Optional<String> problem = EmailAddress.problem(address);
        if (problem.isPresent()) {
            throw new NoAddress("'" + TerminalText.of(address) + "' is not an e-mail address: " + problem.get());
        }
        String checked = EmailAddress.parse(address).getAddress();
        return at.runCreating((store, out) -> {
            store.setOfficerAddress(name, checked);
            out.printf("address of %s: %s, in %s%n", name, checked, store.describe());
            return ExitCode.OK;
        });
    }

    /** The address given is not one. */
    static final class NoAddress extends UserError {
        NoAddress(String message) {
            super(message);
        }

        @Override
        public String outcome() {
            return "no account was changed.";
        }
    }
}
