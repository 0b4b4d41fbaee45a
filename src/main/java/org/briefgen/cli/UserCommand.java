package org.briefgen.cli;
import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.briefgen.approval.Role;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The workbench's officers' accounts. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the officers who may sign in to the workbench, and their roles.", subcommands = {
        UserCommand.Add.class, UserCommand.SetRole.class, UserEmailCommand.class})
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose add, role or email");
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

        @Option(names = "--role", paramLabel = "ROLE", description = "officer (prepares, issues, sends, records"
                + " responses), approver (also approves others' letters) or admin (also manages accounts); default:"
                + " officer, or the role NAME has.")
        String role;

        @Mixin
        ArchiveAccessOptions at;

        @Override
        public Integer call() {
            Role chosen = role == null ? null : role(at, role);
            char[] password = password();
            try {
                return at.runCreating((store, out) -> {
                    boolean known = store.officers().contains(name);
                    store.addOfficer(name, password, chosen);
                    out.printf("%s: %s (%s), in %s%n", known ? "password changed" : "added", name,
                            store.roles().get(name).key(), store.describe());
                    return ExitCode.OK;
                });
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] password() {
            String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
            if (fromEnvironment != null) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new NoPasswordException("no password: type it at a terminal, or set " + PASSWORD_VARIABLE
                        + " for a script");
            }
            char[] first = console.readPassword("password for %s: ", name);
            char[] second = console.readPassword("the same again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new NoPasswordException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    /** Gives an officer another role. */
    @Command(name = "role", mixinStandardHelpOptions = true, description = "Give officer NAME the role ROLE (officer,"
            + " approver or admin), recorded in the archive's officers chain.")
    static final class SetRole implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "The officer's name.")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", description = "officer, approver or admin.")
        String role;

        @Mixin
        ArchiveAccessOptions at;

        @Override
        public Integer call() {
            Role chosen = role(at, role);
            return at.runCreating((store, out) -> {
                store.setRole(name, chosen);
                out.printf("%s is now %s, in %s%n", name, chosen.key(), store.describe());
                return ExitCode.OK;
            });
        }
    }

    private static Role role(ArchiveAccessOptions at, String name) {
        return Role.named(name).orElseThrow(() -> at.usage("'" + name + "' is not a role: officer, approver or"
                + " admin"));
    }

    /** No password could be read. */
    static final class NoPasswordException extends UserError {
        NoPasswordException(String message) {
            super(message);
        }

        @Override
        public String outcome() {
            return "no account was changed.";
        }
    }
}
