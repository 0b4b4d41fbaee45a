package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.AtomicFiles;
import org.briefgen.archive.IssueOutcome;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.LetterDigest;
import org.briefgen.archive.LetterIssue;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * Issues a campaign's letters: validates the whole campaign first (nothing is written, not even the
 * archive, unless every letter can be made), then for each recipient without a letter takes the
 * next free reference from the archive, writes the letter's files and records them. A recipient
 * who already has a letter gets nothing new, and no issued file is ever rewritten.
 */
public final class Issuing {

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
    }

    /**
     * What a run did: the letters it wrote, those it found already issued, and (when failures are
     * isolated) the recipients it could not issue.
     */
    public record Report(List<WrittenLetter> written, List<IssuedLetter> alreadyIssued, List<Failure> failures,
            Path folder) {

        Report(Path folder) {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), folder);
        }
    }

    /**
     * Letters issued in one archive transaction: their files are forced to the disk one by one, but
     * their folder is synced and the archive commits once for them all.
     */
    static final int GROUP = 16;

    private final CampaignRun run;
    private final int jobs;
    private final boolean isolateFailures;

    /** Issues one letter at a time, and refuses the whole campaign if any letter cannot be made. */
    public Issuing(CampaignRun run) {
        this(run, 1, false);
    }

    /**
     * Renders on {@code jobs} threads; with {@code isolateFailures}, a recipient whose letter cannot
     * be made is reported and skipped and the others are issued.
     */
    public Issuing(CampaignRun run, int jobs, boolean isolateFailures) {
        this.run = run;
        this.jobs = Math.max(1, jobs);
        this.isolateFailures = isolateFailures;
    }

    /** Issues the letter of every recipient who has none yet, into the archive at {@code location}. */
    public Report issue(ArchiveLocation location, Clock clock, Listener listener) {
        List<Failure> failures = check(listener);
        if (!failures.isEmpty() && !isolateFailures) {
            throw new InvalidCampaignException(Failure.messages(failures));
        }
        Set<Recipient> failed = new HashSet<>();
        failures.forEach(f -> failed.add(f.recipient()));
        String templates = TemplateSet.sha256(run.templates());
        Path folder = folder(location.files());
        Report report = new Report(folder);
        report.failures().addAll(failures);
        try (Archive archive = Archive.open(location, clock)) {
            // a killed run's half-written files: their letters were never recorded, so are issued now
            AtomicFiles.removeLeftovers(folder);
            List<Recipient> recipients = run.data().recipients().stream().filter(r -> !failed.contains(r)).toList();
            // enough rendered ahead that the workers go on while a group is written and recorded
            try (Prerenderer ahead = new Prerenderer(run, new LetterFiles(folder), plan(archive.letters(), recipients),
                    jobs, GROUP + 3 * jobs)) {
                for (int from = 0; from < recipients.size(); from += GROUP) {
                    issueGroup(archive, recipients.subList(from, Math.min(recipients.size(), from + GROUP)),
                            templates, folder, listener, report, ahead);
                }
            }
            manifest(archive, folder);
        }
        return report;
    }

    /** Checks every letter on the run's jobs, telling {@code listener} how far it has got. */
    private List<Failure> check(Listener listener) {
        int total = run.data().recipients().size();
        return run.check(jobs, checked -> listener.checked(checked, total));
    }

    /**
     * Issues a group of recipients' letters in one archive transaction. A letter that cannot be made
     * fails the run, or, when failures are isolated, is reported and the others are issued.
     */
    private void issueGroup(Archive archive, List<Recipient> group, String templates, Path folder, Listener listener,
            Report report, Prerenderer ahead) {
        // the letters rendered ahead, taken before the transaction: one that failed to render is
        // reported here, and the rest of the group is issued
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
            issueAll(archive, issuable, null, templates, folder, listener, report, rendered);
        } catch (RuntimeException e) {
            if (!isolateFailures || e instanceof ArchiveException) {
                throw e;
            }
            // a letter failed in the transaction, so none of the group was recorded: one at a time
            for (Recipient recipient : issuable) {
                try {
                    issueAll(archive, List.of(recipient), null, templates, folder, listener, report, rendered);
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

    /** Rewrites the campaign's manifest from the archive: every letter issued so far, with its files. */
    private void manifest(Archive archive, Path folder) {
        String campaign = run.data().campaign().id();
        try {
            Files.createDirectories(folder);
            Manifest.write(folder, archive.letters().stream().filter(l -> l.campaign().equals(campaign)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The letters this run will issue, in order, with the references the archive will give them:
     * the campaign's highest sequence number plus one, on, skipping references taken anywhere.
     * Each is merged only when it is asked for, so the plan holds no letter in memory.
     */
    private Iterator<LetterContext> plan(List<IssuedLetter> issued, List<Recipient> recipients) {
        String campaign = run.data().campaign().id();
        Set<String> done = new HashSet<>();
        issued.stream().filter(l -> l.campaign().equals(campaign)).forEach(l -> done.add(l.recipientId()));
        Iterator<Recipient> pending = recipients.stream().filter(r -> !done.contains(r.id())).iterator();
        References references = new References(issued);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pending.hasNext();
            }

            @Override
            public LetterContext next() {
                return references.next(pending.next());
            }
        };
    }

    /**
     * The references the archive will give the next letters, as it gives them: the campaign's
     * highest sequence number plus one, on, skipping references taken anywhere in the archive.
     */
    private final class References {
        private final Set<String> taken = new HashSet<>();
        private int last;

        References(List<IssuedLetter> issued) {
            String campaign = run.data().campaign().id();
            for (IssuedLetter l : issued) {
                taken.add(l.reference());
                if (l.campaign().equals(campaign)) {
                    last = Math.max(last, l.sequence());
                }
            }
        }

        /** The next letter, to {@code recipient}, merged with the reference it will have. */
        LetterContext next(Recipient recipient) {
            int sequence = last + 1;
            LetterContext context = run.merge(recipient, sequence);
            while (taken.contains(context.letter().reference())) {
                context = run.merge(recipient, ++sequence);
            }
            taken.add(context.letter().reference());
            last = sequence;
            return context;
        }
    }

    /**
     * Issues a correction of each letter in {@code references} under a new reference that points at
     * the one it supersedes. Every reference is checked before anything is written.
     */
    public Report reissue(ArchiveLocation location, Clock clock, List<String> references, Listener listener) {
        validate(listener);
        String templates = TemplateSet.sha256(run.templates());
        Path folder = folder(location.files());
        Report report = new Report(folder);
        try (Archive archive = Archive.openExisting(location, clock)) {
            Map<String, Recipient> corrections = corrections(references, archive.letters());
            AtomicFiles.removeLeftovers(folder);
            corrections.forEach((reference, recipient) -> issueAll(archive, List.of(recipient), reference, templates,
                    folder, listener, report, Map.of()));
            manifest(archive, folder);
        }
        return report;
    }

    /**
     * A dry run: renders what {@link #issue} (or {@link #reissue}, when {@code references} is not
     * empty) would issue into {@code preview/<campaign-id>/}, with the references it would take,
     * and records nothing; the archive, when there is one, is only read.
     */
    public Report preview(ArchiveLocation location, Path preview, List<String> references, Listener listener) {
        validate(listener);
        String templates = TemplateSet.sha256(run.templates());
        Path folder = preview.resolve(run.data().campaign().id());
        Report report = new Report(folder);
        Optional<Archive> opened = Archive.openReadOnly(location);
        List<IssuedLetter> issued;
        try (Archive archive = opened.orElse(null)) {
            issued = archive == null ? List.of() : archive.letters();
        }
        String campaign = run.data().campaign().id();
        References planned = new References(issued);
        Map<Recipient, IssuedLetter> toIssue = new LinkedHashMap<>();
        if (references.isEmpty()) {
            // each recipient's latest letter in this campaign, found in one pass
            Map<String, IssuedLetter> latest = new HashMap<>();
            issued.stream().filter(l -> l.campaign().equals(campaign)).forEach(l -> latest.put(l.recipientId(), l));
            for (Recipient r : run.data().recipients()) {
                IssuedLetter e = latest.get(r.id());
                if (e != null) {
                    listener.alreadyIssued(e, changed(e, r, templates));
                    report.alreadyIssued().add(e);
                } else {
                    toIssue.put(r, null);
                }
            }
        } else {
            corrections(references, issued).forEach((reference, r) -> toIssue.put(r, null));
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.removeLeftovers(folder);
            for (Recipient r : toIssue.keySet()) {
                WrittenLetter w = new LetterFiles(folder).write(run.render(run.prepare(planned.next(r))));
                report.written().add(w);
                listener.issued(w, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + folder + ": " + e.getMessage(), e);
        }
        return report;
    }

    private Path folder(Path out) {
        return out.resolve(run.data().campaign().id());
    }

    /** Every letter can be made, or nothing is written: the whole campaign is refused. */
    private void validate(Listener listener) {
        List<Failure> failures = check(listener);
        if (!failures.isEmpty()) {
            throw new InvalidCampaignException(Failure.messages(failures));
        }
    }

    /**
     * Issues the letters of {@code recipients} in one archive transaction ({@code supersedes}: the
     * letter they correct, or null), using the letters in {@code rendered} (by recipient id) when the
     * archive gives them the references they were rendered with, and rendering them here otherwise.
     */
    private void issueAll(Archive archive, List<Recipient> recipients, String supersedes, String templates,
            Path folder, Listener listener, Report report, Map<String, Prerenderer.Staged> rendered) {
        if (recipients.isEmpty()) {
            return;
        }
        String campaign = run.data().campaign().id();
        Map<String, WrittenLetter> written = new HashMap<>();
        List<LetterIssue> issues = new ArrayList<>();
        for (Recipient recipient : recipients) {
            issues.add(new LetterIssue() {
                @Override
                public String campaign() {
                    return campaign;
                }

                @Override
                public String recipientId() {
                    return recipient.id();
                }

                @Override
                public String supersedes() {
                    return supersedes;
                }

                @Override
                public String templatesSha256() {
                    return templates;
                }

                @Override
                public LetterContext merge(int sequence) {
                    return run.merge(recipient, sequence);
                }

                @Override
                public List<Path> write(LetterContext context, Predicate<Path> issuedFile) throws IOException {
                    Prerenderer.Staged ahead = rendered.get(recipient.id());
                    boolean asPlanned = ahead != null && ahead.letter().letter().context().equals(context);
                    RenderedLetter letter = asPlanned ? ahead.letter() : run.render(run.prepare(context));
                    Map<String, Path> staged = asPlanned ? ahead.files() : Map.of();
                    for (RenderedLetter.File file : letter.files()) {
                        if (issuedFile.test(folder.resolve(file.name()))) {
                            throw new IllegalStateException("refusing to overwrite " + folder.resolve(file.name())
                                    + ", a file of an issued letter (was the campaign's reference pattern changed?)");
                        }
                    }
                    Files.createDirectories(folder);
                    WrittenLetter w = new LetterFiles(folder).place(letter, staged);
                    written.put(recipient.id(), w);
                    return w.files();
                }
            });
        }
        List<IssueOutcome> outcomes = archive.issue(issues);
        for (int i = 0; i < recipients.size(); i++) {
            IssueOutcome outcome = outcomes.get(i);
            if (outcome instanceof IssueOutcome.Issued issued) {
                WrittenLetter w = written.get(recipients.get(i).id());
                report.written().add(w);
                listener.issued(w, issued.letter());
            } else {
                report.alreadyIssued().add(outcome.letter());
                listener.alreadyIssued(outcome.letter(), changed(outcome.letter(), recipients.get(i), templates));
            }
        }
    }

    /** Whether the recipient's data or the templates now differ from what its letter was issued with. */
    private boolean changed(IssuedLetter issued, Recipient recipient, String templates) {
        return !LetterDigest.sha256(run.merge(recipient, issued.sequence())).equals(issued.dataSha256())
                || !issued.templatesSha256().equals(templates);
    }

    /**
     * The recipient of each letter to correct, checked before anything is written: the letter is
     * in the archive, belongs to this campaign, and its recipient is still in the recipients table.
     */
    private Map<String, Recipient> corrections(List<String> references, List<IssuedLetter> issued) {
        String campaign = run.data().campaign().id();
        Map<String, Recipient> corrections = new LinkedHashMap<>();
        for (String reference : references) {
            IssuedLetter letter = issued.stream().filter(l -> l.reference().equals(reference)).findFirst()
                    .orElseThrow(() -> new ArchiveException("no letter " + reference + " in the archive (briefgen"
                            + " archive list shows what it holds)"));
            if (!letter.campaign().equals(campaign)) {
                throw new ArchiveException(reference + " belongs to campaign " + letter.campaign() + ", not "
                        + campaign + " (give that campaign's --data)");
            }
            issued.stream().filter(l -> reference.equals(l.supersedes())).findFirst().ifPresent(newer -> {
                throw new ArchiveException(reference + " was already corrected by " + newer.reference() + "; reissue "
                        + newer.reference() + " instead");
            });
            Recipient recipient = run.data().recipients().stream().filter(r -> r.id().equals(letter.recipientId()))
                    .findFirst().orElseThrow(() -> new ArchiveException(reference + " was issued to recipient '"
                            + letter.recipientId() + "', who is no longer in the recipients table"));
            if (corrections.put(reference, recipient) != null) {
                throw new ArchiveException(reference + " is named twice");
            }
        }
        return corrections;
    }
}
