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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

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
 * the run, recorded like any letter. Every follow-up is checked first (merged, templated, tested
 * against the formats and the fonts): if one cannot be made, nothing is written. Then they are made
 * and recorded a group at a time, so a round of any size holds a group in memory; a round stopped
 * part-way goes on where it stopped when run again, as a letter chased before gets nothing new.
 */
public final class FollowUpIssuer {

    /** Hears of each follow-up as it is issued, or found issued already by another run. */
    public interface Listener {
        /** {@code letter} chases the letter {@code follows}; {@code record} is null in a dry run, where nothing is recorded. */
        void issued(WrittenLetter letter, String follows, IssuedLetter record);

        void alreadyIssued(IssuedLetter followUp);
    }

    /**
     * What a round did: how many follow-ups it wrote and found issued meanwhile by another run (the
     * listener heard of each), and the round's plan.
     */
    public record Report(int written, int alreadyIssued, FollowUps.Plan plan, Path folder) {
    }

    private final CampaignRun run;
    private final Officer officer;
    private final int jobs;

    /** Follow-ups made by {@code run} (its formats, templates and data), issued by {@code officer}. */
    public FollowUpIssuer(CampaignRun run, Officer officer) {
        this(run, officer, 1);
    }

    /** As {@link #FollowUpIssuer(CampaignRun, Officer)}, each group's follow-ups rendered on {@code jobs} threads. */
    public FollowUpIssuer(CampaignRun run, Officer officer, int jobs) {
        this.run = run;
        this.officer = officer;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * Issues round {@code round} (from 1) of follow-ups, dated {@code asOf}, into the existing archive at
     * {@code location}.
     */
    public Report issue(ArchiveLocation location, Clock clock, LocalDate asOf, int round, Listener listener) {
        String campaign = run.data().campaign().id();
        LetterFiles files = new LetterFiles(location.files().resolve(campaign));
        requireTemplate();
        new Approvals(run, jobs).require(location, Approvals.Scope.followUps(asOf, round), officer);
        try (Archive archive = Archives.openExisting(location, clock)) {
            FollowUps.Plan plan = plan(archive, asOf, round);
            int written = 0;
            int already = 0;
            try (Groups groups = checked(plan, asOf, files)) {
                for (int g = 0; g < groups.count(); g++) {
                    // one group's follow-ups in memory, recorded in one transaction
                    List<FollowUpIssue> issues = groups.make(g);
                    List<IssueOutcome> outcomes = archive.issue(List.<LetterIssue>copyOf(issues));
                    for (int i = 0; i < outcomes.size(); i++) {
                        if (outcomes.get(i) instanceof IssueOutcome.Issued issued) {
                            written++;
                            listener.issued(issues.get(i).written(), issues.get(i).follows(), issued.letter());
                        } else {
                            already++;
                            listener.alreadyIssued(outcomes.get(i).letter());
                        }
                    }
                }
            }
            if (!plan.due().isEmpty()) {
                Manifest.rewrite(archive, campaign, files.folder());
            }
            return new Report(written, already, plan, files.folder());
        }
    }

    /**
     * A dry run of {@link #issue}: writes the follow-ups it would issue, with the references they would
     * have, into {@code preview/<campaign-id>/}, and records nothing; the archive is only read.
     */
    public Report preview(ArchiveLocation location, Path preview, LocalDate asOf, int round, Listener listener) {
        requireTemplate();
        LetterFiles files = new LetterFiles(preview.resolve(run.data().campaign().id()));
        FollowUps.Plan plan = plan(location, asOf, round);
        int written = 0;
        try (Groups groups = checked(plan, asOf, files)) {
            Files.createDirectories(files.folder());
            AtomicFiles.removeLeftovers(files.folder());
            for (int g = 0; g < groups.count(); g++) {
                for (FollowUpIssue followUp : groups.make(g)) {
                    WrittenLetter w = files.write(followUp.made());
                    written++;
                    listener.issued(w, followUp.follows(), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the preview in " + files.folder() + ": " + e.getMessage(), e);
        }
        return new Report(written, 0, plan, files.folder());
    }

    /**
     * Hands {@code each} the follow-ups {@link #issue} would issue now from {@code archive}, in order, made
     * in memory a group at a time, each with the letter it chases (how many, to {@code planned} first); if
     * any cannot be made, none is.
     */
    void pending(Archive archive, LocalDate asOf, int round, java.util.function.IntConsumer planned,
            Consumer<FollowUpIssue> each) {
        requireTemplate();
        // made to be digested, never written: the folder is not used
        LetterFiles nowhere = new LetterFiles(Path.of(run.data().campaign().id()));
        FollowUps.Plan plan = plan(archive, asOf, round);
        planned.accept(plan.due().size());
        try (Groups groups = checked(plan, asOf, nowhere)) {
            for (int g = 0; g < groups.count(); g++) {
                groups.make(g).forEach(each);
            }
        }
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

    /**
     * Checks that every follow-up of {@code plan} can be made, as the campaign's check does for letters,
     * rendering none and keeping none; refuses the round, naming every fault, if any cannot.
     */
    private void check(FollowUps.Plan plan, LocalDate asOf) {
        List<String> problems = new ArrayList<>();
        for (FollowUps.Due due : plan.due()) {
            String chased = due.chased().reference() + " (" + due.chased().company() + "): ";
            try {
                Recipient recipient = recipient(due);
                run.check(recipient, context(recipient, due, asOf)).forEach(f -> problems.add(chased + (f
                        .placeAndProblem() != null ? f.placeAndProblem() : f.detail())));
            } catch (RuntimeException e) {
                problems.add(chased + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(problems);
        }
    }

    /** The follow-ups of {@code plan}, once every one is {@link #check checked}, to be made a group at a time. */
    private Groups checked(FollowUps.Plan plan, LocalDate asOf, LetterFiles files) {
        check(plan, asOf);
        return new Groups(plan.due(), asOf, TemplateSet.sha256(run.templates()), files);
    }

    /** The follow-ups of a plan, made a group at a time on the issuer's jobs; closing stops its threads. */
    private final class Groups implements AutoCloseable {

        private final List<FollowUps.Due> due;
        private final LocalDate asOf;
        private final String templatesSha256;
        private final LetterFiles files;
        private final ExecutorService pool;

        Groups(List<FollowUps.Due> due, LocalDate asOf, String templatesSha256, LetterFiles files) {
            this.due = due;
            this.asOf = asOf;
            this.templatesSha256 = templatesSha256;
            this.files = files;
            this.pool = jobs == 1 ? null : Executors.newFixedThreadPool(jobs, new DaemonThreads(
                    "briefgen-follow-up-"));
        }

        int count() {
            return (due.size() + CampaignIssuer.GROUP - 1) / CampaignIssuer.GROUP;
        }

        /** The follow-ups of group {@code g}, in the plan's order, made in memory (nothing is written). */
        List<FollowUpIssue> make(int g) {
            List<FollowUps.Due> group = due.subList(g * CampaignIssuer.GROUP, Math.min(due.size(), (g + 1)
                    * CampaignIssuer.GROUP));
            return DaemonThreads.inOrder(pool, group, d -> FollowUpIssuer.this.make(d, asOf, templatesSha256, files));
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** The follow-up chasing {@code due}, made in memory (nothing is written). */
    private FollowUpIssue make(FollowUps.Due due, LocalDate asOf, String templatesSha256, LetterFiles files) {
        Recipient recipient = recipient(due);
        RenderedLetter made = run.render(run.prepare(context(recipient, due, asOf)));
        return new FollowUpIssue(run, recipient, due.chased().reference(), templatesSha256, files, merge(recipient,
                due, asOf), made, officer);
    }

    private Recipient recipient(FollowUps.Due due) {
        String id = due.chased().recipientId();
        return run.data().recipient(id).orElseThrow(() -> new IllegalArgumentException("recipient '" + id
                + "' is no longer in the campaign's recipients, so no follow-up can be made"));
    }

    /** The follow-up's context as made before the archive gives it a reference: after the original's sequence. */
    private LetterContext context(Recipient recipient, FollowUps.Due due, LocalDate asOf) {
        return merge(recipient, due, asOf).merge(due.chain().get(0).sequence());
    }

    private FollowUpIssue.Merge merge(Recipient recipient, FollowUps.Due due, LocalDate asOf) {
        List<FollowUp.Request> chain = due.chain().stream()
                .map(l -> new FollowUp.Request(l.reference(), l.letterDate(), l.deadline())).toList();
        return sequence -> run.followUp(recipient, sequence, asOf, chain);
    }
}
