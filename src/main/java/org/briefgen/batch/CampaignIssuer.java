package org.briefgen.batch;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveInMaking;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.RecipientPacking;
import org.briefgen.files.AtomicFiles;
import org.briefgen.merge.LetterContext;

/**
 * Issues a campaign's letters: validates the whole campaign first (nothing is written, not even the
 * archive, unless every letter can be made), then for each recipient without a letter takes the
 * next free reference from the archive, writes the letter's files and records them. A recipient
 * who already has a letter gets nothing new, and no issued file is ever rewritten.
 */
public final class CampaignIssuer {

    /** Hears of each letter as it is issued, or found already issued. */
    public interface Listener {
        /** {@code record} is null in a dry run, where nothing is recorded. */
        void issued(WrittenLetter letter, IssuedLetter record);

        /**
         * The recipient's letter was issued before; {@code changed} when its data or templates
         * differ now from what was issued (a correction would need {@code --reissue}).
         */
        void alreadyIssued(IssuedLetter letter, boolean changed);

        /**
         * {@code checked} of the campaign's {@code total} letters have been checked, before any is
         * issued; heard as the check goes on, ending with {@code checked == total}.
         */
        default void checked(int checked, int total) {
        }

        /** Heard before a check that makes each letter as it passes (so takes as long): see {@link EarlyLetters}. */
        default void rendersAsItChecks() {
        }
    }

    /**
     * Letters issued in one archive transaction: their files are forced to the disk one by one, but
     * their folder is synced and the archive commits once for them all.
     */
    static final int GROUP = 16;

    private final CampaignRun run;
    private final Corrections corrections;
    private final int jobs;
    private final boolean isolateFailures;
    private final Officer officer;
    private final boolean keepLetters;

    /** Issues one letter at a time, and refuses the whole campaign if any letter cannot be made. */
    public CampaignIssuer(CampaignRun run) {
        this(run, 1, false, Officer.systemUser());
    }

    /**
     * Renders on {@code jobs} threads; with {@code isolateFailures}, a recipient whose letter cannot be
     * made is reported and skipped and the others are issued; the letters are issued by {@code officer}.
     */
    public CampaignIssuer(CampaignRun run, int jobs, boolean isolateFailures, Officer officer) {
        this(run, jobs, isolateFailures, officer, true);
    }

    private CampaignIssuer(CampaignRun run, int jobs, boolean isolateFailures, Officer officer, boolean keepLetters) {
        this.officer = officer;
        this.run = run;
        this.corrections = new Corrections(run);
        this.jobs = Math.max(1, jobs);
        this.isolateFailures = isolateFailures;
        this.keepLetters = keepLetters;
    }

    /**
     * This issuer, but its reports only count the letters written and found already issued, for a caller
     * whose listener hears of each (see {@link IssueReport}).
     */
    public CampaignIssuer countingLetters() {
        return new CampaignIssuer(run, jobs, isolateFailures, officer, false);
    }

    /** Issues the letter of every recipient who has none yet, into the archive at {@code location}. */
    public IssueReport issue(ArchiveLocation location, Clock clock, Listener listener) {
        return issue(location, clock, listener, Set.of());
    }

    /**
     * As {@link #issue(ArchiveLocation, Clock, Listener)}, but only to the recipients whose ids are in
     * {@code only} (all when it is empty); the whole campaign is still checked first. An id that is
     * not a recipient's is refused before anything is written.
     */
    public IssueReport issue(ArchiveLocation location, Clock clock, Listener listener, Set<String> only) {
        // looked up one by one: a set of every id would stay in memory as long as the run (20,000 strings)
        List<String> unknown = only.stream().filter(id -> run.data().recipient(id).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidCampaignException(unknown.stream().map(id -> "'" + id + "' is not a recipient of"
                    + " campaign " + run.data().campaign().id()).toList());
        }
        LetterFiles files = new LetterFiles(folder(location.files()));
        // a new archive is made meanwhile, on a thread of its own, and the letters that pass are rendered as
        // they are checked (EarlyLetters); a campaign refused leaves neither
        try (ArchiveInMaking made = Archives.ahead(location);
                EarlyLetters early = EarlyLetters.of(run, location, files, only, jobs)) {
            List<Failure> failures = check(listener, early);
            if (!failures.isEmpty() && !isolateFailures) {
                throw new InvalidCampaignException(Failure.messages(failures));
            }
            early.afterCheck();
            Set<Recipient> failed = failures.stream().map(Failure::recipient).collect(Collectors.toSet());
            new Approvals(run, jobs).restrictedTo(only, failed.stream().map(Recipient::id).collect(Collectors
                    .toSet())).require(location, Approvals.Scope.letters(), officer);
            String templatesSha256 = TemplateSet.sha256(run.templates());
            IssueReport report = new IssueReport(files.folder(), keepLetters);
            report.failures().addAll(failures);
            try (Archive archive = Archives.open(location, clock, made)) {
                // a killed run's half-written files: their letters were never recorded, so are issued now
                AtomicFiles.removeLeftovers(files.folder());
                List<Recipient> recipients = RecipientPacking.pack(run.data().recipients())
                        .where(r -> !failed.contains(r) && (only.isEmpty() || only.contains(r.id())));
                // enough rendered ahead that the workers go on while a group is written and recorded
                try (Prerenderer ahead = new Prerenderer(run, files,
                        plan(archive.pages().everyLetter(), recipients, early),
                        jobs, GROUP + 3 * jobs, early)) {
                    for (int from = 0; from < recipients.size(); from += GROUP) {
                        issueGroup(archive, recipients.subList(from, Math.min(recipients.size(), from + GROUP)),
                                templatesSha256, files, listener, report, ahead);
                    }
                }
                Manifest.rewrite(archive, run.data().campaign().id(), files.folder());
            }
            return report.withBriefings(run, location.files(), false);
        }
    }

    /** Checks every letter on the run's jobs (rendering into {@code early}), telling {@code listener} how far. */
    private List<Failure> check(Listener listener, EarlyLetters early) {
        if (early.renders()) {
            listener.rendersAsItChecks();
        }
        int total = run.data().recipients().size();
        return run.check(jobs, checked -> listener.checked(checked, total), early);
    }

    /**
     * Issues a group of recipients' letters in one archive transaction. A letter that cannot be made
     * fails the run, or, when failures are isolated, is reported and the others are issued.
     */
    private void issueGroup(Archive archive, List<Recipient> group, String templatesSha256, LetterFiles files,
            Listener listener, IssueReport report, Prerenderer ahead) {
        // the letters rendered ahead, taken before the transaction: one that failed is reported, the rest issued
        Map<String, Prerenderer.Staged> rendered = new HashMap<>();
        List<Recipient> issuable = new ArrayList<>();
        for (Recipient recipient : group) {
            try {
                ahead.take(recipient).ifPresent(letter -> rendered.put(recipient.id(), letter));
                issuable.add(recipient);
            } catch (RuntimeException e) {
                if (!isolateFailures) {
                    throw e;
                }
                report.failures().add(new Failure(recipient, null, String.valueOf(e.getMessage())));
            }
        }
        try {
            issueAll(archive, issuable, null, templatesSha256, files, listener, report, rendered);
        } catch (RuntimeException e) {
            if (!isolateFailures || e instanceof ArchiveException) {
                throw e;
            }
            // a letter failed in the transaction, so none of the group was recorded: one at a time
            for (Recipient recipient : issuable) {
                try {
                    issueAll(archive, List.of(recipient), null, templatesSha256, files, listener, report,
                            rendered);
                } catch (RuntimeException single) {
                    if (single instanceof ArchiveException) {
                        throw single;
                    }
                    report.failures().add(new Failure(recipient, null, String.valueOf(single.getMessage())));
                }
            }
        } finally {
            // staged files not renamed into place (a letter another run issued meanwhile)
            rendered.values().forEach(staged -> LetterFiles.unstage(staged.files()));
        }
    }

    /**
     * The letters this run will issue, in order, with the references the archive will give them (the campaign's
     * highest sequence number plus one, on, skipping references taken anywhere), each merged only when asked for
     * (one rendered early is taken as merged): the plan holds no letter in memory.
     */
    private Iterator<LetterContext> plan(Iterable<IssuedLetter> issued, List<Recipient> recipients,
            EarlyLetters early) {
        String campaign = run.data().campaign().id();
        Set<String> done = new HashSet<>();
        // one walk of the archive's letters: the references taken, and the recipients already written to
        ReferenceAllocator references = new ReferenceAllocator(campaign, issued, l -> {
            if (l.campaign().equals(campaign)) {
                done.add(l.recipientId());
            }
        });
        return Prerenderer.plan(run, recipients.stream().filter(r -> !done.contains(r.id())).iterator(), references,
                early);
    }

    /** Corrects each letter in {@code references} (all checked first) under a new reference pointing at it. */
    public IssueReport reissue(ArchiveLocation location, Clock clock, List<String> references, Listener listener) {
        validate(listener);
        new Approvals(run, jobs).require(location, Approvals.Scope.corrections(references), officer);
        String templatesSha256 = TemplateSet.sha256(run.templates());
        LetterFiles files = new LetterFiles(folder(location.files()));
        IssueReport report = new IssueReport(files.folder(), keepLetters);
        try (Archive archive = Archives.openExisting(location, clock)) {
            Map<String, Recipient> toCorrect = corrections.recipients(references, archive.letters(),
                    archive.describe());
            AtomicFiles.removeLeftovers(files.folder());
            toCorrect.forEach((reference, recipient) -> issueAll(archive, List.of(recipient), reference,
                    templatesSha256, files, listener, report, Map.of()));
            Manifest.rewrite(archive, run.data().campaign().id(), files.folder());
        }
        return report.withBriefings(run, location.files(), false);
    }

    /**
     * A dry run: writes what {@link #issue} (or {@link #reissue}, when {@code references} is not
     * empty) would issue into {@code preview/<campaign-id>/}, with the references it would take,
     * and records nothing; the archive, when there is one, is only read.
     */
    public IssueReport preview(ArchiveLocation location, Path preview, List<String> references, Listener listener) {
        List<Failure> failures = check(listener, EarlyLetters.NONE);
        if (!failures.isEmpty() && !isolateFailures) {
            throw new InvalidCampaignException(Failure.messages(failures));
        }
        // with failures isolated, the preview is what issuing would issue: the others, with their references
        Set<Recipient> failed = failures.stream().map(Failure::recipient).collect(Collectors.toSet());
        IssueReport report = new DryRun(run, corrections, keepLetters, jobs).preview(location, preview, references,
                listener, failed);
        report.failures().addAll(failures);
        return report.withBriefings(run, preview, true);
    }

    private Path folder(Path out) {
        return out.resolve(run.data().campaign().id());
    }

    /** Every letter can be made, or nothing is written: the whole campaign is refused. */
    private void validate(Listener listener) {
        List<Failure> failures = check(listener, EarlyLetters.NONE);
        if (!failures.isEmpty()) {
            throw new InvalidCampaignException(Failure.messages(failures));
        }
    }

    /**
     * Issues the letters of {@code recipients} in one archive transaction ({@code supersedes}: the letter they correct,
     * or null), using those in {@code rendered} (by recipient id) when the archive gives them the references they
     * were rendered with, and rendering them here otherwise.
     */
    private void issueAll(Archive archive, List<Recipient> recipients, String supersedes, String templatesSha256,
            LetterFiles files, Listener listener, IssueReport report, Map<String, Prerenderer.Staged> rendered) {
        if (recipients.isEmpty()) {
            return;
        }
        List<RecipientIssue> issues = recipients.stream().map(recipient -> new RecipientIssue(run, recipient,
                supersedes, templatesSha256, files, rendered.get(recipient.id()), officer)).toList();
        List<IssueOutcome> outcomes = archive.issue(List.copyOf(issues));
        for (int i = 0; i < recipients.size(); i++) {
            IssueOutcome outcome = outcomes.get(i);
            if (outcome instanceof IssueOutcome.Issued issued) {
                WrittenLetter w = issues.get(i).written();
                report.written(w);
                listener.issued(w, issued.letter());
            } else {
                report.alreadyIssued(outcome.letter());
                listener.alreadyIssued(outcome.letter(), corrections.changed(outcome.letter(), recipients.get(i),
                        templatesSha256));
            }
        }
    }
}
