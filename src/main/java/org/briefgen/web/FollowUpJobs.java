package org.briefgen.web;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.FollowUpIssuer;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.failure.UserError;

/**
 * Rounds of follow-ups issued from the workbench, one at a time, each through the same code as
 * {@code generate --follow-up} (batch's {@link FollowUpIssuer}: every follow-up made in memory
 * first, nothing written unless all can be); their progress is kept for the page that shows it.
 */
final class FollowUpJobs {

    /** One follow-up issued (or found issued by another run), the letter it chases and its files. */
    record Line(String reference, String company, String follows, boolean already, List<String> files) {
    }

    /** One round: its state as the listener hears it. */
    static final class Job implements FollowUpIssuer.Listener {
        final String id;
        final String officer;
        final LocalDate day;
        final int round;
        volatile String state = "waiting";
        volatile List<String> errors = List.of();
        private final List<Line> lines = new ArrayList<>();

        Job(String id, String officer, LocalDate day, int round) {
            this.id = id;
            this.officer = officer;
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

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }

        private static List<String> names(IssuedLetter letter) {
            return letter.files().stream().map(f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList();
        }
    }

    private final Workbench.Settings settings;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "briefgen-workbench-follow-up");
        t.setDaemon(true);
        return t;
    });

    FollowUpJobs(Workbench.Settings settings) {
        this.settings = settings;
    }

    /** Starts issuing round {@code round} dated {@code day}, recorded as issued by {@code officer}. */
    Job start(LocalDate day, int round, String officer) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        Job job = new Job(HexFormat.of().formatHex(id), officer, day, round);
        jobs.put(job.id, job);
        runner.submit(() -> run(job));
        return job;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job) {
        try {
            job.state = "issuing";
            if (SigningBlock.load(settings.data()).isPresent()) {
                // the workbench holds no signing password: issuing here would write unsigned letters
                job.errors = List.of(settings.data().resolve("organisation.yaml") + ": this campaign signs its"
                        + " letters (signing:): issue its follow-ups with briefgen generate --follow-up, which asks"
                        + " for the key's password");
                job.state = "failed";
                return;
            }
            CampaignRun run = CampaignSource.open(settings.data(), settings.templates());
            ArchiveLocation archive = settings.archive();
            new FollowUpIssuer(run, new Officer(job.officer)).issue(archive, Clock.systemUTC(), job.day, job.round,
                    job);
            job.state = "done";
        } catch (UserError e) {
            job.errors = e.messages();
            job.state = "failed";
        } catch (RuntimeException e) {
            job.errors = List.of("internal error: " + e.getMessage());
            job.state = "failed";
        }
    }

    void stop() {
        runner.shutdownNow();
    }
}
