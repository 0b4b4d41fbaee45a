package org.briefgen.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.briefgen.approval.Candidate;
import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.document.DocumentText;
import org.briefgen.files.Sha256;
import org.briefgen.files.TextSpool;
import org.briefgen.merge.LetterContext;

/**
 * The letters an approval names, made and digested as {@link Approvals} records them: rendered on the
 * run's jobs a group at a time (their references planned in order beforehand, as issuing plans them),
 * their candidates added to a list in the order given and their words kept in a {@link TextSpool};
 * how many of how many are done told to a progress as each group is.
 */
final class ApprovalDigests implements AutoCloseable {

    private final CampaignRun run;
    private final List<Candidate> into;
    private final TextSpool texts;
    private final Map<String, Integer> pages;
    private final int of;
    private final BiConsumer<Integer, Integer> progress;
    private final String templatesSha256;
    private final String styleSha256;
    private final List<Supplier<Candidate>> waiting = new ArrayList<>();
    private final ExecutorService pool;

    /** {@code of}: how many letters there will be, for the progress. */
    ApprovalDigests(CampaignRun run, int jobs, List<Candidate> into, TextSpool texts, Map<String, Integer> pages,
            int of, BiConsumer<Integer, Integer> progress) {
        this.run = run;
        this.into = into;
        this.texts = texts;
        this.pages = pages;
        this.of = of;
        this.progress = progress;
        String style = run.data().campaign().styleFile();
        this.templatesSha256 = TemplateSet.sha256(run.templates(), path -> !path.equals(style));
        this.styleSha256 = TemplateSet.fileSha256(run.templates(), style, "the house style");
        this.pool = jobs <= 1 ? null : Executors.newFixedThreadPool(jobs, new DaemonThreads("briefgen-approval-"));
    }

    /** The letter of {@code context}, correcting {@code supersedes} (null: a first letter). */
    void add(LetterContext context, String supersedes) {
        waiting.add(() -> candidate(run.render(run.prepare(context)), supersedes, null));
        if (waiting.size() == CampaignIssuer.GROUP) {
            flush();
        }
    }

    private void flush() {
        if (waiting.isEmpty()) {
            return;
        }
        into.addAll(DaemonThreads.inOrder(pool, waiting, Supplier::get));
        waiting.clear();
        progress.accept(into.size(), of);
    }

    /** The letter {@code made} as an approval records it (chasing {@code follows}, else null), its words kept. */
    Candidate candidate(RenderedLetter letter, String supersedes, String follows) {
        var context = letter.letter().context();
        StringBuilder files = new StringBuilder();
        letter.files().stream().sorted(Comparator.comparing(RenderedLetter.File::name)).forEach(f -> files.append(f
                .name()).append('\0').append(Sha256.of(f.bytes())).append('\n'));
        Candidate made = new Candidate(context.recipient().id(), context.recipient().company(), context.letter()
                .reference(), supersedes, follows, Sha256.of(files.toString().getBytes(StandardCharsets.UTF_8)),
                LetterDigest.sha256(context), templatesSha256, styleSha256, texts.put(String.join("\n", DocumentText
                        .strings(letter.letter().document()))),
                null);
        pages.put(made.key(), letter.pages());
        return made;
    }

    /** Renders what is left; then stops the threads. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
