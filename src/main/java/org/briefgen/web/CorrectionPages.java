package org.briefgen.web;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.Officer;
import org.briefgen.archive.RecordedFile;
import org.briefgen.batch.CampaignIssuer;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.RenderedLetter;
import org.briefgen.batch.WrittenLetter;
import org.briefgen.campaign.Recipient;
import org.briefgen.campaign.load.SigningBlock;
import org.briefgen.failure.UserError;
import org.briefgen.web.security.RefusedException;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Issue a correction of an issued letter, as {@code generate --reissue REF}: the page shows what the
 * letter would say now against what was issued (the text of both PDFs, line by line), then issues the
 * correction under a new reference that supersedes the letter, by batch's {@link CampaignIssuer#reissue}.
 */
record CorrectionPages(Services services) {

    void register(RoutesConfig routes) {
        routes.get("/archive/{ref}/correction", ctx -> services.pages().render(ctx, "correction.ftlh", "archive",
                model(ctx.pathParam("ref"), List.of())));
        routes.post("/archive/{ref}/correction", this::issue);
    }

    private Map<String, Object> model(String reference, List<String> errors) {
        String ref = Names.checked(reference, "that letter");
        ArchiveView view = ArchiveView.read(services.archive());
        IssuedLetter letter = view.letter(ref).orElseThrow(() -> RefusedException.notFound("letter " + ref));
        Map<String, Object> model = new HashMap<>();
        model.put("letter", letter);
        List<String> problems = new ArrayList<>(errors);
        CampaignSource.Loaded loaded = services.source().current();
        Optional<String> newer = view.letters().stream().filter(l -> ref.equals(l.supersedes())).map(
                IssuedLetter::reference).findFirst();
        if (!loaded.ok()) {
            problems.addAll(loaded.errors());
        } else if (letter.isFollowUp()) {
            problems.add(ref + " is a follow-up (to " + letter.follows() + "), which cannot be corrected: correct "
                    + letter.follows() + ", or issue the next round of follow-ups");
        } else if (newer.isPresent()) {
            problems.add(ref + " is corrected already, by " + newer.get() + ": correct that one instead");
        } else if (!letter.campaign().equals(loaded.run().data().campaign().id())) {
            problems.add(ref + " belongs to campaign " + letter.campaign() + ", not to the campaign the workbench"
                    + " serves (" + loaded.run().data().campaign().id() + ")");
        } else {
            try {
                model.put("changes", changes(loaded.run(), letter));
            } catch (UserError e) {
                problems.addAll(e.messages());
            }
        }
        model.put("problems", problems);
        model.put("newer", newer.orElse(""));
        return model;
    }

    /** The lines of the issued letter's PDF that the letter made now removes, and those it adds. */
    private List<Map<String, Object>> changes(CampaignRun run, IssuedLetter letter) {
        Recipient recipient = run.data().recipient(letter.recipientId())
                .orElseThrow(() -> RefusedException.badRequest(letter.reference() + " was issued to recipient '"
                        + letter.recipientId() + "', who is no longer in the recipients table: no correction can"
                        + " be made"));
        // made with the letter's own sequence, so that only what the data and templates change differs
        RenderedLetter now = run.render(run.prepare(run.merge(recipient, letter.sequence())));
        byte[] pdf = now.files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().map(
                RenderedLetter.File::bytes).orElse(null);
        RecordedFile issued = letter.files().stream().filter(f -> f.path().endsWith(".pdf")).findFirst().orElse(
                null);
        if (pdf == null || issued == null) {
            return List.of();
        }
        List<String> before = lines(read(issued));
        List<String> after = lines(pdf);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            changes.add(Map.of("line", delta.getSource().getPosition() + 1, "removed", delta.getSource().getLines(),
                    "added", delta.getTarget().getLines()));
        }
        return changes;
    }

    private byte[] read(RecordedFile file) {
        Path root = services.out().toAbsolutePath().normalize();
        Path path = root.resolve(file.path()).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            throw RefusedException.notFound("the issued letter's file " + file.path());
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    /** The PDF's text, a line per line of the page, blank lines and page breaks left out. */
    private static List<String> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the letter's text: " + e.getMessage(), e);
        }
    }

    private void issue(Context ctx) {
        String ref = Names.checked(ctx.pathParam("ref"), "that letter");
        if (SigningBlock.load(services.settings().data()).isPresent()) {
            throw RefusedException
                    .badRequest(services.settings().data().resolve("organisation.yaml") + ": this campaign signs"
                            + " its letters (signing:): issue the correction with briefgen generate --reissue " + ref
                            + ", which asks for the key's password");
        }
        CampaignSource.Loaded loaded = services.source().current();
        List<IssuedLetter> issued = new ArrayList<>();
        try {
            if (!loaded.ok()) {
                throw new RefusedException(400, "the campaign does not load: " + String.join("; ", loaded.errors()));
            }
            new CampaignIssuer(loaded.run(), 1, false, new Officer(services.sessions().of(ctx).officer()))
                    .reissue(services
                            .archive(), Clock.systemUTC(), List.of(ref), new CampaignIssuer.Listener() {
                                @Override
                                public void issued(WrittenLetter letter, IssuedLetter record) {
                                    issued.add(record);
                                }

                                @Override
                                public void alreadyIssued(IssuedLetter letter, boolean changed) {
                                }
                            });
        } catch (UserError e) {
            services.pages().render(ctx, "correction.ftlh", "archive", model(ref, e.messages()));
            return;
        }
        Map<String, Object> model = model(ref, List.of());
        model.put("issued", issued.stream().map(l -> Map.of("reference", l.reference(), "files", l.files().stream()
                .map(f -> f.path().substring(f.path().lastIndexOf('/') + 1)).toList())).toList());
        services.pages().render(ctx, "correction.ftlh", "archive", model);
    }
}
