package org.briefgen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.InvalidCampaignException;
import org.briefgen.campaign.DataException;
import org.briefgen.campaign.SkippedRow;
import org.briefgen.failure.ExitCode;
import org.briefgen.failure.UserError;

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

    /**
     * Every problem of every kind in one run: the data is loaded leniently, so that a recipient's row
     * that is wrong (a duplicate e-mail address) is told beside what is wrong with the other letters
     * (a text no font draws, a post too long) and with the templates and translations.
     */
    @Override
    public Integer call() {
        CampaignRun run = campaign.open(Set.of(), true);
        List<String> rows = run.data().skippedRows().stream().map(SkippedRow::toString).toList();
        int letters;
        try {
            letters = run.validate();
        } catch (UserError e) {
            if (rows.isEmpty()) {
                throw e;
            }
            List<String> all = new ArrayList<>(rows);
            all.addAll(e.messages());
            throw new InvalidCampaignException(all);
        }
        if (!rows.isEmpty()) {
            throw new DataException(run.data().skippedRows().stream().map(SkippedRow::problem).toList());
        }
        int warnings = Warnings.print(spec.commandLine().getErr(), run.warnings());
        spec.commandLine().getOut().printf("ok: campaign %s, %d letter%s checked%s (%s)%n",
                run.data().campaign().id(), letters, letters == 1 ? "" : "s", Warnings.count(warnings), campaign.data);
        return ExitCode.OK;
    }
}
