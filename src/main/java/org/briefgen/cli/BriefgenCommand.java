package org.briefgen.cli;

import java.util.List;

import org.briefgen.cli.archive.ArchiveCommand;
import org.briefgen.cli.mail.InboxCommand;
import org.briefgen.cli.mail.SendCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: names the subcommands. */
@Command(name = "briefgen", mixinStandardHelpOptions = true, versionProvider = BriefgenCommand.Version.class, description = "Evidence-based letters to many companies, from data: for each recipient a typeset PDF, a"
        + " Word document, an e-mail ready to send and a public post; an archive of what was issued.", footer = {"",
                "Exit codes: 0 done; 1 internal error; 2 bad usage or bad data (nothing written);"
                        + " 3 the archive is not intact (archive verify), or a letter not as signed (check-letter); 4 some letters or addresses failed;"
                        + " 5 publish's folder is not a publication."})
final class BriefgenCommand implements Runnable {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(GenerateCommand.class, ValidateCommand.class,
            RespondCommand.class, TrackerCommand.class, SendCommand.class, InboxCommand.class, ArchiveCommand.class,
            DemoCommand.class, ServeCommand.class, UserCommand.class, PublishCommand.class, CheckLetterCommand.class,
            ApprovalCommands.Approve.class, ApprovalCommands.Reject.class, ApprovalCommands.ListApprovals.class);

    /**
     * The command line for {@code args}: when they name a subcommand (the first word that is not an
     * option), with that one alone, else with all of them (for the help, a missing or a mistyped one).
     * Picocli reads every option of every command it is given, a fifth of a second of each run's start
     * spent on commands the run does not use; what a run parses and says is the same either way.
     */
    static CommandLine line(IFactory factory, String... args) {
        CommandLine cli = new CommandLine(new BriefgenCommand(), factory);
        String named = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        Class<?> one = SUBCOMMANDS.stream().filter(c -> names(c).contains(named)).findFirst().orElse(null);
        for (Class<?> subcommand : one != null ? List.of(one) : SUBCOMMANDS) {
            cli.addSubcommand(subcommand);
        }
        return cli;
    }

    /** The names {@code subcommand} answers to, from its annotation (its options are not read). */
    private static List<String> names(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: choose generate, validate, respond, tracker, send, inbox or archive");
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = BriefgenCommand.class.getPackage().getImplementationVersion();
            return new String[] {"briefgen " + (version == null ? "(development build)" : version)};
        }
    }
}
