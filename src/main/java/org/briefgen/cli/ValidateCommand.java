package org.briefgen.cli;

import java.util.concurrent.Callable;

import org.briefgen.batch.CampaignRun;
import org.briefgen.failure.ExitCode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks everything generate would use and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the campaign data, templates and house style; write nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    CampaignOptions campaign;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CampaignRun run = campaign.open();
        int letters = run.validate();
        int warnings = Warnings.print(spec.commandLine().getErr(), run.warnings());
        spec.commandLine().getOut().printf("ok: campaign %s, %d letter%s checked%s (%s)%n",
                run.data().campaign().id(), letters, letters == 1 ? "" : "s", Warnings.count(warnings), campaign.data);
        return ExitCode.OK;
    }
}
