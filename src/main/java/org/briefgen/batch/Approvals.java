package org.briefgen.batch;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.briefgen.approval.Candidate;
import org.briefgen.approval.Coverage;
import org.briefgen.approval.Decision;
import org.briefgen.approval.NotApproved;
import org.briefgen.approval.Role;
import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.campaign.ApprovalPolicy;
import org.briefgen.campaign.Recipient;
import org.briefgen.files.Sha256;
import org.briefgen.files.TextSpool;

/**
 * Four eyes on a run: the letters it would issue now, each digested as an approval records it (made
 * by an unsigned copy of the run: output is reproducible, so equal digests are the same letters),
 * an approval or a rejection of them, and the check before issuing that an approval covers them
 * (the rules are {@link Coverage}'s).
 */
public final class Approvals {

    /** Which letters: the first letters not yet issued, corrections of {@code reissue}, or a round of follow-ups. */
    public record Scope(List<String> reissue, LocalDate followUpsAsOf, int round) {

        public static Scope letters() {
            return new Scope(List.of(), null, 0);
        }

        public static Scope corrections(List<String> references) {
            return new Scope(List.copyOf(references), null, 0);
        }

        public static Scope followUps(LocalDate asOf, int round) {
            return new Scope(List.of(), asOf, round);
        }
    }

    /**
     * The letters a run would issue now, digested, the briefing's digest (null: none goes with them), the
     * letters' words, kept on disk until closed, and how many pages each letter's PDF has (by
     * {@link Candidate#key}; none without a PDF).
     */
    public record Pending(String campaign, List<Candidate> letters, String briefingSha256, TextSpool texts,
            Map<String, Integer> pages) implements AutoCloseable {

        @Override
        public void close() {
            texts.close();
        }
    }

    private final CampaignRun run;
    private Set<String> only = Set.of();
    private Set<String> failed = Set.of();
    private final int jobs;
    private BiConsumer<Integer, Integer> progress = (done, of) -> {
    };

    /** Digests what {@code run} would issue, made by an unsigned copy of it on as many threads as there are cores. */
    public Approvals(CampaignRun run) {
        this(run, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #Approvals(CampaignRun)}, the letters rendered on {@code jobs} threads. */
    public Approvals(CampaignRun run, int jobs) {
        // a run that signs makes PDFs that differ by their signing time: its unsigned twin makes the same files each time
        this.run = run.signs() ? run.unsigned() : run;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * Only the first letters of the recipients in {@code only} (all when empty) and none of those in
     * {@code failed} (whose letters cannot be made): planned as issuing plans them, so with the
     * references they would then take.
     */
    Approvals restrictedTo(Set<String> only, Set<String> failed) {
        this.only = Set.copyOf(only);
        this.failed = Set.copyOf(failed);
        return this;
    }

    /** Tells {@code progress} how many of how many letters are digested, as they are. */
    public Approvals progress(BiConsumer<Integer, Integer> progress) {
        this.progress = progress;
        return this;
    }

    /** Whether the campaign's letters need an approval before they are issued. */
    public static boolean required(CampaignRun run) {
        return run.data().campaign().approval() == ApprovalPolicy.REQUIRED;
    }

    /** What would be issued now in {@code scope}, judged against the archive's decisions for {@code issuer} (null: anyone). */
    public List<Coverage.Verdict> assess(ArchiveLocation location, Scope scope, String issuer) {
        try (Pending pending = pending(location, scope)) {
            return assess(location, pending, issuer);
        }
    }

    /** What would be issued now in {@code scope}, made and digested (the caller closes it). */
    public Pending pending(ArchiveLocation location, Scope scope) {
        try (Archive archive = opened(location)) {
            return pending(archive, scope);
        }
    }

    /** {@code pending} judged against the archive's decisions as they are now, for {@code issuer} (null: anyone). */
    public static List<Coverage.Verdict> assess(ArchiveLocation location, Pending pending, String issuer) {
        try (Archive archive = opened(location)) {
            return Coverage.assess(pending.letters(), pending.briefingSha256(), archive == null ? each -> {
            } : archive::approvals, issuer);
        }
    }

    /** The archive to judge by (null: none yet). */
    private static Archive opened(ArchiveLocation location) {
        // a server's database is brought up to date (issuing would next): read-only, a new one has no tables yet
        Optional<Archive> opened = location.sqliteFile().isPresent() ? Archives.openReadOnly(location)
                : Optional.of(Archives.open(location, Clock.systemUTC()));
        return opened.orElse(null);
    }

    /**
     * Refuses ({@link NotApproved}, nothing written) when the campaign requires approval and a letter
     * {@code officer} would issue in {@code scope} is not covered by another officer's approval of it as
     * it is now.
     */
    void require(ArchiveLocation location, Scope scope, Officer officer) {
        if (!required(run)) {
            return;
        }
        List<String> refusals = Coverage.refusals(assess(location, scope, officer.name()));
        if (!refusals.isEmpty()) {
            throw new NotApproved(run.data().campaign().id(), refusals);
        }
    }

    /**
     * Records {@code officer}'s approval (or rejection) of the letters that would be issued now in
     * {@code scope}, with {@code comment}. When the archive has accounts, the officer must be one
     * whose role may approve.
     */
    public Decision decide(ArchiveLocation location, Clock clock, Scope scope, Officer officer, boolean approve,
            String comment) {
        return decide(location, clock, scope, officer, approve, comment, null);
    }

    /**
     * As {@link #decide(ArchiveLocation, Clock, Scope, Officer, boolean, String)}, refused when the letters
     * are no longer those whose {@link #fingerprint} the approver saw ({@code seen}; null: not checked).
     */
    public Decision decide(ArchiveLocation location, Clock clock, Scope scope, Officer officer, boolean approve,
            String comment, String seen) {
        try (Archive archive = Archives.open(location, clock)) {
            Map<String, Role> roles = archive.roles();
            if (!roles.isEmpty()) {
                Role role = roles.get(officer.name());
                if (role == null || !role.mayApprove()) {
                    throw new ArchiveException(officer.name() + (role == null ? " has no account" : " is an "
                            + role.key()) + " in " + archive.describe() + ": only an approver or an admin approves or"
                            + " rejects letters (briefgen user role NAME approver)");
                }
            }
            try (Pending pending = pending(archive, scope)) {
                return decide(archive, pending, officer, approve, comment, seen);
            }
        }
    }

    private static Decision decide(Archive archive, Pending pending, Officer officer, boolean approve, String comment,
            String seen) {
        if (pending.letters().isEmpty()) {
            throw new ArchiveException("campaign " + pending.campaign() + " has no letter to " + (approve ? "approve"
                    : "reject") + ": every recipient's letter is issued (generate --dry-run shows what would be)");
        }
        if (seen != null && !seen.equals(fingerprint(pending.letters()))) {
            throw new ArchiveException("the letters changed since the page showed them: look at them again before"
                    + " deciding");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return archive.recordApproval(Decision.of(pending.campaign(), approve, officer.name(), text, pending
                .briefingSha256(), pending.letters()), pending.texts()::get);
    }

    /** One digest of all {@code letters}' files: what an approver saw. */
    public static String fingerprint(List<Candidate> letters) {
        StringBuilder all = new StringBuilder();
        letters.forEach(c -> all.append(c.key()).append('\0').append(c.filesSha256()).append('\n'));
        return Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The letters that would be issued now in {@code scope}, with the archive (null: none yet) as it is. */
    public Pending pending(Archive archive, Scope scope) {
        TextSpool texts = new TextSpool();
        try {
            return pending(archive, scope, new ArrayList<>(), texts);
        } catch (RuntimeException | Error e) {
            // a letter that cannot be made: the words kept so far go with the attempt
            texts.close();
            throw e;
        }
    }

    private Pending pending(Archive archive, Scope scope, List<Candidate> letters, TextSpool texts) {
        String campaign = run.data().campaign().id();
        Map<String, Integer> pages = new java.util.concurrent.ConcurrentHashMap<>();
        if (scope.followUpsAsOf() != null) {
            if (archive != null) {
                // a group of follow-ups in memory at a time: what is kept is their digests and text
                int[] of = {0};
                ApprovalDigests digests = new ApprovalDigests(run, 1, letters, texts, pages, 0, progress);
                new FollowUpIssuer(run, Officer.systemUser(), jobs).pending(archive, scope.followUpsAsOf(), scope
                        .round(), n -> of[0] = n, f -> {
                            letters.add(digests.candidate(f.made(), null, f.follows()));
                            progress.accept(letters.size(), of[0]);
                        });
            }
        } else {
            List<IssuedLetter> issued = archive == null ? List.of() : archive.letters();
            ReferenceAllocator planned = new ReferenceAllocator(campaign, issued);
            if (scope.reissue().isEmpty()) {
                Set<String> done = new HashSet<>();
                issued.stream().filter(l -> l.campaign().equals(campaign)).forEach(l -> done.add(l.recipientId()));
                Predicate<Recipient> wanted = r -> !done.contains(r.id()) && !failed.contains(r.id()) && (only
                        .isEmpty() || only.contains(r.id()));
                // counted first, for the progress: the recipients are not kept
                int of = (int) run.data().recipients().stream().filter(wanted).count();
                try (ApprovalDigests renders = new ApprovalDigests(run, jobs, letters, texts, pages, of, progress)) {
                    for (Recipient r : run.data().recipients()) {
                        if (wanted.test(r)) {
                            renders.add(planned.next(sequence -> run.merge(r, sequence)), null);
                        }
                    }
                }
            } else {
                Map<String, Recipient> corrected = new Corrections(run).recipients(scope.reissue(), issued,
                        archive == null ? "the archive" : archive.describe());
                try (ApprovalDigests renders = new ApprovalDigests(run, jobs, letters, texts, pages,
                        corrected.size(), progress)) {
                    corrected.forEach((reference, r) -> renders.add(planned.next(sequence -> run.merge(r, sequence)),
                            reference));
                }
            }
        }
        String briefing = letters.isEmpty() ? null : run.briefingBytes().map(Sha256::of).orElse(null);
        return new Pending(campaign, letters, briefing, texts, pages);
    }
}
