package org.briefgen.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.briefgen.campaign.Recipient;
import org.briefgen.document.Document;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.template.TemplateFaultException;

/**
 * Checks that every letter of a campaign, and its briefing, can be made, writing nothing: the
 * recipients are checked in slices, on several threads when asked, and their failures collected
 * in the recipients' order.
 */
final class CampaignCheck {

    /** Letters checked as one task when the check runs on several threads. */
    private static final int SLICE = 50;

    private final List<Recipient> recipients;
    private final LetterPreparer letters;
    private final LetterWriter writer;
    private final Supplier<PdfRenderer> pdf;
    private final EarlyLetters early;

    /**
     * {@code pdf} is asked for once the campaign's own checks have passed (it parses the fonts); {@code early}
     * hears of each letter as its check ends, on the checking thread.
     */
    CampaignCheck(List<Recipient> recipients, LetterPreparer letters, LetterWriter writer, Supplier<PdfRenderer> pdf,
            EarlyLetters early) {
        this.recipients = recipients;
        this.letters = letters;
        this.writer = writer;
        this.pdf = pdf;
        this.early = early;
    }

    /**
     * The recipients whose letters cannot be made, each with why, checked on {@code jobs} threads;
     * {@code checked} hears, on the calling thread, how many letters have been checked so far.
     * Faults of the campaign as a whole throw.
     */
    List<Failure> run(int jobs, IntConsumer checked) {
        letters.checkTemplate();
        writer.checkCampaign();
        List<Failure> failures = new ArrayList<>();
        PdfRenderer renderer = pdf.get();
        Optional<Document> briefing = Optional.empty();
        List<Callable<List<Failure>>> slices = new ArrayList<>();
        for (int from = 0; from < recipients.size(); from += SLICE) {
            int start = from;
            int end = Math.min(recipients.size(), from + SLICE);
            slices.add(() -> check(renderer, start, end));
        }
        ExecutorService pool = jobs > 1 ? Executors.newFixedThreadPool(jobs, new DaemonThreads("briefgen-check-"))
                : null;
        try {
            List<Future<List<Failure>>> results = new ArrayList<>();
            if (pool != null) {
                slices.forEach(slice -> results.add(pool.submit(slice)));
            }
            // the briefing names every company (its template runs over the whole campaign): made here while the
            // letters are checked, rather than before the first (a fault of its template throws all the same)
            briefing = letters.briefing();
            for (int i = 0; i < slices.size(); i++) {
                failures.addAll(pool != null ? DaemonThreads.result(results.get(i)) : slices.get(i).call());
                checked.accept(Math.min(recipients.size(), (i + 1) * SLICE));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the letters", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        checkBriefing(renderer, briefing, failures);
        return failures;
    }

    private List<Failure> check(PdfRenderer renderer, int from, int to) {
        List<Failure> failures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int sequence = i + 1;
            Recipient recipient = recipients.get(i);
            PreparedLetter[] made = new PreparedLetter[1];
            List<Failure> found = check(recipient, () -> made[0] = letters.prepare(recipient, sequence), writer,
                    renderer);
            if (found.isEmpty()) {
                early.passed(recipient, made[0]);
            } else {
                early.failed();
            }
            failures.addAll(found);
        }
        return failures;
    }

    /**
     * Why the letter {@code prepare} makes for {@code recipient} cannot be made in {@code writer}'s
     * formats (none: it can): its template's fault, what a format refuses, text no font draws.
     * Nothing is rendered.
     */
    static List<Failure> check(Recipient recipient, Supplier<PreparedLetter> prepare, LetterWriter writer,
            PdfRenderer renderer) {
        try {
            PreparedLetter letter = prepare.get();
            writer.checkLetter(letter);
            return renderer.undrawable(letter.document()).stream().map(u -> new Failure(recipient, null,
                    UndrawableText.message(recipient, u))).toList();
        } catch (TemplateFaultException e) {
            return List.of(new Failure(recipient, e.placeAndProblem(), null));
        }
    }

    /**
     * Refuses the campaign if any text of its briefing cannot be drawn, with the letters' own
     * {@code failures} reported beside (the briefing names every company, so a name no font has
     * fails both, and the letter's message says which field holds it).
     */
    private void checkBriefing(PdfRenderer renderer, Optional<Document> briefing, List<Failure> failures) {
        if (briefing.isEmpty()) {
            return;
        }
        List<String> problems = renderer.undrawable(briefing.get()).stream().map(u -> letters.briefingTemplate()
                + " (the research briefing): " + UndrawableText.message(null, u)).toList();
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>(Failure.messages(failures));
            all.addAll(problems);
            throw new InvalidCampaignException(all);
        }
    }
}
