package org.briefgen.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.briefgen.batch.CampaignRun;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.failure.UserError;

/**
 * Runs that issue from the workbench (letters, a round of follow-ups), one at a time on a thread of
 * their own, each on the campaign as its files are when it starts ({@link CampaignSource#open}); their
 * state is kept, by an id no one can guess, for the page that shows their progress.
 */
final class CampaignJobs<J extends CampaignJobs.Job> {

    /** One run's state, as its page shows it. */
    abstract static class Job {
        final String id;
        final String officer;
        volatile String state = "waiting";
        volatile List<String> errors = List.of();

        Job(String id, String officer) {
            this.id = id;
            this.officer = officer;
        }

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }
    }

    private final CampaignSource source;
    private final String refusedWhenSigning;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, J> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner;

    /**
     * {@code thread}: the name of the runs' thread; {@code refusedWhenSigning}: what to do instead when
     * the campaign signs its letters (the workbench holds no signing password: it would issue them unsigned).
     */
    CampaignJobs(CampaignSource source, String thread, String refusedWhenSigning) {
        this.source = source;
        this.refusedWhenSigning = refusedWhenSigning;
        this.runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    /** A new run's id: 96 random bits, in hex. */
    String newId() {
        byte[] id = new byte[12];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** Queues {@code job}, which {@code work} does on the campaign opened afresh; {@code first}: its state meanwhile. */
    J start(J job, String first, BiConsumer<J, CampaignRun> work) {
        jobs.put(job.id, job);
        runner.submit(() -> run(job, first, work));
        return job;
    }

    Optional<J> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(J job, String first, BiConsumer<J, CampaignRun> work) {
        try {
            job.state = first;
            if (SigningBlock.load(source.data()).isPresent()) {
                job.errors = List.of(source.data().resolve("organisation.yaml") + ": this campaign signs its letters"
                        + " (signing:): " + refusedWhenSigning + ", which asks for the key's password");
                job.state = "failed";
                return;
            }
            work.accept(job, source.open());
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
