package org.briefgen.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.WrittenLetter;

/**
 * Issuing runs started from the workbench, one at a time, each through the same code as
 * {@code generate} (batch's {@link CampaignIssuer}, the whole campaign checked first); their progress is
 * kept for the page that shows it.
 */
final class IssueJobs {

    /** One issued (or already issued) letter, with its recorded files. */
    record Line(String reference, String company, boolean already, List<String> files) {
    }

    /** One run: its state as the listener hears it. */
    static final class Job extends CampaignJobs.Job implements CampaignIssuer.Listener {
        volatile int checked;
        volatile int total;
        /** Whether the check makes each letter as it passes (and so takes the time the making takes). */
        volatile boolean rendering;
        final List<Line> lines = new ArrayList<>();

        Job(String id, String officer) {
            super(id, officer);
        }

        @Override
        public void checked(int done, int of) {
            state = "checking";
            checked = done;
            total = of;
        }

        @Override
        public void rendersAsItChecks() {
            rendering = true;
        }

        @Override
        public synchronized void issued(WrittenLetter letter, IssuedLetter record) {
            state = "issuing";
            lines.add(new Line(record.reference(), record.company(), false, record.files().stream().map(
                    f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList()));
        }

        @Override
        public synchronized void alreadyIssued(IssuedLetter letter, boolean changed) {
            lines.add(new Line(letter.reference(), letter.company(), true, letter.files().stream().map(f -> f.path()
                    .substring(f.path().lastIndexOf('/') + 1)).toList()));
        }

        synchronized List<Line> lines() {
            return List.copyOf(lines);
        }
    }

    private final ArchiveLocation archive;
    private final CampaignJobs<Job> jobs;

    IssueJobs(CampaignSource source, ArchiveLocation archive) {
        this.archive = archive;
        this.jobs = new CampaignJobs<>(source, "briefgen-workbench-issue", "issue them with briefgen generate");
    }

    /**
     * Starts issuing the letters of the recipients in {@code only} (all when empty) for {@code officer},
     * whom the archive records as the one who issued them; the briefing goes with them, as generate writes it.
     * The job hears of each letter, so the issuer's report only counts them.
     */
    Job start(Set<String> only, String officer) {
        return jobs.start(new Job(jobs.newId(), officer), "checking", (job, run) -> new CampaignIssuer(run, Runtime
                .getRuntime().availableProcessors(), false, new Officer(job.officer)).countingLetters().issue(archive,
                        Clock.systemUTC(), job, only));
    }

    Optional<Job> job(String id) {
        return jobs.job(id);
    }

    void stop() {
        jobs.stop();
    }
}
