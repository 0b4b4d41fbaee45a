package org.briefgen.batch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterIssue;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.FollowUps;
import org.briefgen.campaign.Recipient;
import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.FollowUp;
import org.briefgen.merge.LetterContext;

/**
 * Issues a round of follow-ups: to each letter of the campaign that {@link FollowUps} finds due on a
 * day, a follow-up made from the campaign's follow-up template, dated that day, in every format of
 * the run, recorded like any letter. Every follow-up is made in memory first: if one cannot be,
 * nothing is written. A letter chased before gets nothing new.
 */
public final class FollowUpIssuer {

    /** Hears of each follow-up as it is issued, or found issued already by another run. */
    public interface Listener {
        /** {@code letter} chases the letter {@code follows}; {@code record} is null in a dry run, where nothing is recorded. */
        void issued(WrittenLetter letter, String follows, IssuedLetter record);

        void alreadyIssued(IssuedLetter followUp);
    }

    /** What a round did: the follow-ups written, those found issued meanwhile, and the round's plan. */
    public record Report(List<WrittenLetter> written, List<IssuedLetter> alreadyIssued, FollowUps.Plan plan,
            Path folder) {
    }

    private final CampaignRun run;
    private final Officer officer;

    /** Follow-ups made by {@code run} (its formats, templates and data), issued by {@code officer}. */
    public FollowUpIssuer(CampaignRun run, Officer officer) {
        this.run = run;
        this.officer = officer;
    }

    /**
     * Issues round {@code round} (from 1) of follow-ups, dated {@code asOf}, into the existing archive at
     * {@code location}.
     */
    public Report issue(ArchiveLocation location, Clock clock, LocalDate asOf, int round, Listener listener) {
        String campaign = run.data().campaign().id();
        LetterFiles files = new LetterFiles(location.files().resolve(campaign));
        requireTemplate();
        new Approvals(run).require(location, Approvals.Scope.followUps(asOf, round), officer);
        try (Archive archive = Archives.openExisting(location, clock)) {
            FollowUps.Plan plan = plan(archive, asOf, round);
            List<FollowUpIssue> issues = make(plan, asOf, files);
            Report report = new Report(WrittenLetter.list(), new ArrayList<>(), plan, files.folder());
            if (issues.isEmpty()) {
                return report;
            }
            List<IssueOutcome> outcomes = archive.issue(List.<LetterIssue>copyOf(issues));
            for (int i = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) instanceof IssueOutcome.Issued issued) {
                    report.written().add(issues.get(i).written());
                    listener.issued(issues.get(i).written(), issues.get(i).follows(), issued.letter());
                } else {
                    report.alreadyIssued().add(outcomes.get(i).letter());
                    listener.alreadyIssued(outcomes.get(i).letter());
                }
            }
            Manifest.rewrite(archive, campaign, files.folder());
            return report;
        }
    }

    /**
     * A dry run of {@link #issue}: writes the follow-ups it would issue, with the references they would
     * have, into {@code preview/<campaign-id>/}, and records nothing; the archive is only read.
     */
    public Report preview(ArchiveLocation location, Path preview, LocalDate asOf, int round, Listener listener) {
        requireTemplate();
        LetterFiles files = new LetterFiles(preview.resolve(run.data().campaign().id()));
        Optional<Archive> opened = Archives.openReadOnly(location);
        FollowUps.Plan plan;
        try (Archive archive = opened.orElse(null)) {
            plan = archive == null ? new FollowUps.Plan(List.of(), List.of()) : plan(archive, asOf, round);
        }
        List<FollowUpIssue> made = make(plan, asOf, files);
        Report report = new Report(WrittenLetter.list(), new ArrayList<>(), plan, files.folder());
        try {
            Files.createDirectories(files.folder());
            AtomicFiles.removeLeftovers(files.folder());
            for (FollowUpIssue followUp : made) {
                WrittenLetter w = files.write(followUp.made());
                report.written().add(w);
                listener.issued(w, followUp.follows(), null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview in " + files.folder() + ": " + e.getMessage(), e);
        }
        return report;
    }

    /** The follow-ups {@link #issue} would issue now from {@code archive}, made in memory, each with the letter it chases. */
    List<FollowUpIssue> pending(Archive archive, LocalDate asOf, int round) {
        requireTemplate();
        // made to be digested, never written: the folder is not used
        return make(plan(archive, asOf, round), asOf, new LetterFiles(Path.of(run.data().campaign().id())));
    }

    /** The plan of round {@code round} on {@code asOf}: what {@link #issue} would chase (none before the archive exists). */
    public FollowUps.Plan plan(ArchiveLocation location, LocalDate asOf, int round) {
        Optional<Archive> opened = Archives.openReadOnly(location);
        try (Archive archive = opened.orElse(null)) {
            return archive == null ? new FollowUps.Plan(List.of(), List.of()) : plan(archive, asOf, round);
        }
    }

    /** The follow-up chasing {@code due}, dated {@code asOf}, made in memory exactly as {@link #issue} makes it. */
    public RenderedLetter render(FollowUps.Due due, LocalDate asOf) {
        requireTemplate();
        Path nowhere = run.templates().resolve("(not written)");
        return make(due, asOf, "", new LetterFiles(nowhere)).made();
    }

    private void requireTemplate() {
        Path template = run.templates().resolve(run.data().campaign().followUpTemplate());
        if (!Files.isRegularFile(template)) {
            throw new InvalidCampaignException(List.of(template + ": no such template: follow-ups are made from it"
                    + " (templates: follow_up: in campaign.yaml names another)"));
        }
    }

    private FollowUps.Plan plan(Archive archive, LocalDate asOf, int round) {
        return FollowUps.plan(archive.letters(), archive.responses(), archive.deliveries(), archive.inboxMessages(),
                run.data().campaign().id(), asOf, round);
    }

    /** Every follow-up of {@code plan}, made in memory; if any cannot be, none is, and every fault is named. */
    private List<FollowUpIssue> make(FollowUps.Plan plan, LocalDate asOf, LetterFiles files) {
        String templatesSha256 = TemplateSet.sha256(run.templates());
        List<FollowUpIssue> issues = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (FollowUps.Due due : plan.due()) {
            try {
                issues.add(make(due, asOf, templatesSha256, files));
            } catch (RuntimeException e) {
                problems.add(due.chased().reference() + " (" + due.chased().company() + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(problems);
        }
        return issues;
    }

    /** The follow-up chasing {@code due}, made in memory (nothing is written). */
    private FollowUpIssue make(FollowUps.Due due, LocalDate asOf, String templatesSha256, LetterFiles files) {
        IssuedLetter chased = due.chased();
        Optional<Recipient> recipient = run.data().recipient(chased.recipientId());
        if (recipient.isEmpty()) {
            throw new IllegalArgumentException("recipient '" + chased.recipientId() + "' is no longer in the"
                    + " campaign's recipients, so no follow-up can be made");
        }
        List<FollowUp.Request> chain = due.chain().stream()
                .map(l -> new FollowUp.Request(l.reference(), l.letterDate(), l.deadline())).toList();
        FollowUpIssue.Merge merge = sequence -> run.followUp(recipient.get(), sequence, asOf, chain);
        LetterContext context = merge.merge(due.chain().get(0).sequence());
        RenderedLetter made = run.render(run.prepare(context));
        return new FollowUpIssue(run, recipient.get(), chased.reference(), templatesSha256, files, merge, made,
                officer);
    }
}
