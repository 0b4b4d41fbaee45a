package org.briefgen.batch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.briefgen.archive.Archive;
import org.briefgen.archive.ArchiveLocation;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.jdbc.Archives;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.campaign.Recipient;
import org.briefgen.files.AtomicFiles;

/**
 * A dry run: writes what issuing (or reissuing) would issue into a preview folder, with the
 * references it would take, and records nothing; the archive, when there is one, is only read.
 * The letters are rendered on {@code jobs} threads, a few ahead of the one being written, as
 * issuing renders them, so the files are the same whatever the number of jobs.
 */
record DryRun(CampaignRun run, Corrections corrections, boolean keepLetters, int jobs) {

    /** Letters rendered ahead per job: enough that the renderers go on while a letter's files are renamed. */
    private static final int AHEAD = 4;

    /**
     * Writes the letters {@link CampaignIssuer#issue} (or {@link CampaignIssuer#reissue}, when {@code references}
     * is not empty) would issue into {@code preview/<campaign-id>/}, but for the recipients {@code failed}
     * (whose letters cannot be made, which issuing with failures isolated leaves out); call once the
     * campaign is checked.
     */
    IssueReport preview(ArchiveLocation location, Path preview, List<String> references,
            CampaignIssuer.Listener listener, Set<Recipient> failed) {
        String templatesSha256 = TemplateSet.sha256(run.templates());
        LetterFiles files = new LetterFiles(preview.resolve(run.data().campaign().id()));
        IssueReport report = new IssueReport(files.folder(), keepLetters);
        Optional<Archive> opened = Archives.openReadOnly(location);
        List<IssuedLetter> issued;
        try (Archive archive = opened.orElse(null)) {
            issued = archive == null ? List.of() : archive.letters();
        }
        String campaign = run.data().campaign().id();
        ReferenceAllocator planned = new ReferenceAllocator(campaign, issued);
        Map<Recipient, IssuedLetter> toIssue = new LinkedHashMap<>();
        if (references.isEmpty()) {
            // each recipient's latest letter in this campaign (its follow-ups aside), found in one pass
            Map<String, IssuedLetter> latest = new HashMap<>();
            issued.stream().filter(l -> l.campaign().equals(campaign) && !l.isFollowUp())
                    .forEach(l -> latest.put(l.recipientId(), l));
            for (Recipient r : run.data().recipients()) {
                if (failed.contains(r)) {
                    continue;
                }
                IssuedLetter e = latest.get(r.id());
                if (e != null) {
                    listener.alreadyIssued(e, corrections.changed(e, r, templatesSha256));
                    report.alreadyIssued(e);
                } else {
                    toIssue.put(r, null);
                }
            }
        } else {
            corrections.recipients(references, issued, location.describe())
                    .forEach((reference, r) -> {
                        if (!failed.contains(r)) {
                            toIssue.put(r, null);
                        }
                    });
        }
        try {
            Files.createDirectories(files.folder());
            AtomicFiles.removeLeftovers(files.folder());
            try (Prerenderer ahead = new Prerenderer(run, files, Prerenderer.plan(run, toIssue.keySet().iterator(),
                    planned), jobs, AHEAD * Math.max(1, jobs))) {
                for (Recipient r : toIssue.keySet()) {
                    Prerenderer.Staged staged = ahead.take(r).orElseThrow(() -> new IllegalStateException(
                            "no letter was planned for recipient '" + r.id() + "'"));
                    WrittenLetter w;
                    try {
                        w = files.place(staged.letter(), staged.files());
                    } finally {
                        // what was not renamed into place (nothing, once placed)
                        LetterFiles.unstage(staged.files());
                    }
                    report.written(w);
                    listener.issued(w, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + files.folder() + ": " + e.getMessage(), e);
        }
        return report;
    }
}
