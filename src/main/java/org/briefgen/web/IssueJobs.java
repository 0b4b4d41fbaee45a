package org.briefgen.web;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.failure.UserError;

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
    static final class Job implements CampaignIssuer.Listener {
        final String id;
        final String officer;
        volatile String state = "waiting";
        volatile int checked;
        volatile int total;
        final List<Line> lines = new ArrayList<>();
        volatile List<String> errors = List.of();

        Job(String id, String officer) {
            this.id = id;
            this.officer = officer;
        }

        @Override
        public void checked(int done, int of) {
            state = "checking";
            checked = done;
            total = of;
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

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }
    }

    private final Path data;
    private final Path templates;
    private final Path out;
    private final ArchiveLocation archive;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "briefgen-workbench-issue");
        t.setDaemon(true);
        return t;
    });

    IssueJobs(Path data, Path templates, Path out, ArchiveLocation archive) {
        this.data = data;
        this.templates = templates;
        this.out = out;
        this.archive = archive;
    }

    /**
     * Starts issuing the letters of the recipients in {@code only} (all when empty) for {@code officer},
     * whom the archive records as the one who issued them.
     */
    Job start(Set<String> only, String officer) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        Job job = new Job(HexFormat.of().formatHex(id), officer);
        jobs.put(job.id, job);
        runner.submit(() -> run(job, only));
        return job;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, Set<String> only) {
        try {
            job.state = "checking";
            if (SigningBlock.load(data).isPresent()) {
                // the workbench holds no signing password: issuing here would write unsigned letters
                job.errors = List.of(data.resolve("organisation.yaml") + ": this campaign signs its letters"
                        + " (signing:): issue them with briefgen generate, which asks for the key's password");
                job.state = "failed";
                return;
            }
            CampaignRun run = CampaignSource.open(data, templates);
            CampaignIssuer.Report report = new CampaignIssuer(run, Runtime.getRuntime().availableProcessors(), false,
                    new Officer(job.officer)).issue(archive,
                            Clock.systemUTC(), job, only);
            // the briefing goes with the letters, as generate writes it
            if (run.writesBriefing() && (!report.written().isEmpty() || !Files.exists(out.resolve(run.data()
                    .campaign().id()).resolve("briefing.pdf")))) {
                run.writeBriefings(out);
            }
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
