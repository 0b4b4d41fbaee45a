package org.briefgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.briefgen.campaign.demo.DemoCampaign;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a synthetic campaign of fictional companies, for trying briefgen out and for benchmarks. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Write a campaign folder of N fictional recipients (the same N gives the same folder).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--recipients", paramLabel = "N", required = true, description = "How many recipients.")
    int recipients;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The folder to write (it must not hold a campaign already).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (recipients < 1) {
            throw new ParameterException(spec.commandLine(), "--recipients must be at least 1");
        }
        if (Files.exists(data.resolve("campaign.yaml"))) {
            throw new ParameterException(spec.commandLine(),
                    data + " already holds a campaign; choose an empty folder");
        }
        DemoCampaign.write(data, recipients);
        spec.commandLine().getOut().printf("demo campaign of %d fictional recipients written to %s%n"
                + "generate it with: briefgen generate --data %s --out OUT%n", recipients, data, data);
        return ExitCode.OK;
    }
}
