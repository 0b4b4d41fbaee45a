package org.briefgen.web;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.Officer;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.failure.UserError;
import org.briefgen.mail.Password;
import org.briefgen.mail.send.Delivery;
import org.briefgen.mail.send.Dispatch;
import org.briefgen.mail.send.SendOptions;
import org.briefgen.mail.send.SmtpSettings;

/**
 * Sending runs confirmed on the workbench, one at a time, each through the same code as
 * {@code send --yes} (mail's {@link Dispatch}: at most once per address, recorded in the archive);
 * their progress is kept for the page that shows it.
 */
final class SendJobs {

    /** What came of one address: sent, failed, deferred or uncertain, and the server's reply. */
    record Outcome(String address, String status, String reply) {
    }

    /** One letter of the run: its outcomes, or why it was not sent. */
    record Line(String reference, String company, List<Outcome> outcomes, String problem) {
    }

    /** One run: its state as the dispatch tells it. */
    static final class Job implements Dispatch.Listener {
        final String id;
        final String officer;
        volatile String state = "waiting";
        volatile int total;
        volatile int alreadySent;
        volatile String stopped;
        private final List<Line> lines = new ArrayList<>();
        volatile List<String> errors = List.of();

        Job(String id, String officer) {
            this.id = id;
            this.officer = officer;
        }

        @Override
        public void planned(List<Dispatch.Planned> planned) {
            total = planned.size();
            state = "sending";
        }

        @Override
        public synchronized void done(Dispatch.Item item) {
            List<Outcome> outcomes = item.result() == null ? List.of() : item.result().deliveries().stream().map(
                    (Delivery d) -> new Outcome(d.address(), d.status().name().toLowerCase(Locale.ROOT), d.reply()))
                    .toList();
            lines.add(new Line(item.reference(), item.company(), outcomes, item.problem()));
        }

        synchronized List<Line> lines() {
            return List.copyOf(lines);
        }

        boolean finished() {
            return state.equals("done") || state.equals("failed");
        }
    }

    private final ArchiveLocation archive;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "briefgen-workbench-send");
        t.setDaemon(true);
        return t;
    });

    SendJobs(ArchiveLocation archive) {
        this.archive = archive;
    }

    /**
     * Starts sending the letters in {@code only} (the confirmed list; what is sent or uncertain by now
     * is passed over) through {@code settings}, for {@code officer}.
     */
    Job start(Set<String> only, SmtpSettings settings, Password password, int rate, String officer) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        Job job = new Job(HexFormat.of().formatHex(id), officer);
        jobs.put(job.id, job);
        runner.submit(() -> run(job, only, settings, password, rate));
        return job;
    }

    Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void run(Job job, Set<String> only, SmtpSettings settings, Password password, int rate) {
        try (Archive store = Archives.openExisting(archive, Clock.systemUTC())) {
            Dispatch.Report report = new Dispatch(store, new Dispatch.Request(null, 0, Set.of(), only),
                    new Officer(job.officer))
                    .send(settings, password, SendOptions.defaults().withRate(rate), UnaryOperator.identity(), job);
            job.alreadySent = report.alreadySent();
            job.stopped = report.stopped();
            job.state = "done";
        } catch (UserError e) {
            job.errors = e.messages();
            job.state = "failed";
        } catch (RuntimeException e) {
            // a fault of briefgen's own: its details go to the server's log, not to the page
            System.err.println("internal error while sending: " + e);
            job.errors = List.of("internal error: the run stopped (the server's output says why)");
            job.state = "failed";
        }
    }

    void stop() {
        runner.shutdownNow();
    }
}
