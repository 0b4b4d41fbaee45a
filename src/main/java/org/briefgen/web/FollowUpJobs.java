package org.briefgen.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.batch.FollowUpIssuer;
import org.briefgen.batch.WrittenLetter;

/**
 * Rounds of follow-ups issued from the workbench, one at a time, each through the same code as
 * {@code generate --follow-up} (batch's {@link FollowUpIssuer}: every follow-up checked first,
 * nothing written unless all can be made, then made on every core a group at a time); their progress
 * is kept for the page that shows it.
 */
final class FollowUpJobs {

    /** One follow-up issued (or found issued by another run), the letter it chases and its files. */
    record Line(String reference, String company, String follows, boolean already, List<String> files) {
    }

    /** One round: its state as the listener hears it. */
    static final class Job extends CampaignJobs.Job implements FollowUpIssuer.Listener {
        final LocalDate day;
        final int round;
        private final List<Line> lines = new ArrayList<>();

        Job(String id, String officer, LocalDate day, int round) {
            super(id, officer);
            this.day = day;
            this.round = round;
        }

        @Override
        public synchronized void issued(WrittenLetter letter, String follows, IssuedLetter record) {
            lines.add(new Line(record.reference(), record.company(), follows, false, names(record)));
        }

        @Override
        public synchronized void alreadyIssued(IssuedLetter followUp) {
            lines.add(new Line(followUp.reference(), followUp.company(), followUp.follows(), true, names(followUp)));
        }

        synchronized List<Line> lines() {
            return List.copyOf(lines);
        }

        private static List<String> names(IssuedLetter letter) {
            return letter.files().stream().map(f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList();
        }
    }

    private final ArchiveLocation archive;
    private final CampaignJobs<Job> jobs;

    FollowUpJobs(CampaignSource source, ArchiveLocation archive) {
        this.archive = archive;
        this.jobs = new CampaignJobs<>(source, "briefgen-workbench-follow-up",
                "issue its follow-ups with briefgen generate --follow-up");
    }

    /** Starts issuing round {@code round} dated {@code day}, recorded as issued by {@code officer}. */
    Job start(LocalDate day, int round, String officer) {
        return jobs.start(new Job(jobs.newId(), officer, day, round), "issuing", (job, run) -> new FollowUpIssuer(run,
                new Officer(job.officer), Runtime.getRuntime().availableProcessors())
                .issue(archive, Clock.systemUTC(), job.day, job.round, job));
    }

    Optional<Job> job(String id) {
        return jobs.job(id);
    }

    void stop() {
        jobs.stop();
    }
}
