package org.briefgen.cli;

import java.io.Console;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.briefgen.archive.Archive;
import org.briefgen.archive.OfficerAddresses;
import org.briefgen.campaign.EmailAddress;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The workbench's officers' accounts. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the officers who may sign in to the workbench.", subcommands = {
        UserCommand.Add.class, UserCommand.Email.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose add or email");
    }

    /** Where the password comes from: the environment (read through this, so tests can give one). */
    static Function<String, String> environment = System::getenv;

    static final String PASSWORD_VARIABLE = "BRIEFGEN_USER_PASSWORD";

    /** Adds an officer, or gives one a new password. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = {
            "Add officer NAME to the archive's accounts (or give NAME a new password).",
            "The password is read from the console, twice, or from BRIEFGEN_USER_PASSWORD for scripts; never from"
                    + " an argument. Only a slow salted hash of it is kept."})
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "The officer's name (letters, digits, '.', '_', '-').")
        String name;

        @Mixin
        OutputFolder output;

        @Mixin
        ArchiveOptions archive;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            char[] password = password();
            try (Archive store = Archive.open(archive.location(output.out), Clock.systemUTC())) {
                boolean known = store.officers().contains(name);
                store.addOfficer(name, password);
                spec.commandLine().getOut().printf("%s: %s, in %s%n", known ? "password changed" : "added", name,
                        store.describe());
                spec.commandLine().getOut().flush();
            } finally {
                Arrays.fill(password, '\0');
            }
            return ExitCode.OK;
        }

        private char[] password() {
            String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new NoPassword("no password: type it at a terminal, or set " + PASSWORD_VARIABLE
                        + " for a script");
            }
            char[] first = console.readPassword("password for %s: ", name);
            char[] second = console.readPassword("the same again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new NoPassword("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    /** Gives an officer their own e-mail address, where the workbench's "Send a test to me" goes. */
    @Command(name = "email", mixinStandardHelpOptions = true, description = {
            "Give officer NAME their own e-mail address: the workbench's \"Send a test to me\" sends there."})
    static final class Email implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "The officer's name.")
        String name;

        @Parameters(index = "1", paramLabel = "ADDRESS", description = "Their e-mail address, such as"
                + " ada@privacyinternational.org.")
        String address;

        @Mixin
        OutputFolder output;

        @Mixin
        ArchiveOptions archive;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            java.util.Optional<String> problem = EmailAddress.problem(address);
            if (problem.isPresent()) {
                throw new NoAddress("'" + TerminalText.of(address) + "' is not an e-mail address: " + problem.get());
            }
            String checked = EmailAddress.parse(address).getAddress();
            try (Archive store = Archive.open(archive.location(output.out), Clock.systemUTC())) {
                OfficerAddresses.of(store, Clock.systemUTC()).set(name, checked);
                spec.commandLine().getOut().printf("address of %s: %s, in %s%n", name, checked, store.describe());
                spec.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        }
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

    /** No password could be read. */
    static final class NoPassword extends UserError {
        NoPassword(String message) {
            super(message);
        }

        @Override
        public String outcome() {
            return "no account was changed.";
        }
    }
}
