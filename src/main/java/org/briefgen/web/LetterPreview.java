package org.briefgen.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.rules.ReferenceAllocator;
import org.briefgen.batch.CampaignRun;
import org.briefgen.batch.RenderedLetter;
import org.briefgen.campaign.Recipient;
import org.briefgen.failure.UserError;
import org.briefgen.merge.LetterContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A recipient's letter exactly as it would be issued now, made in memory by the campaign's own
 * run (with the reference the archive would give it), and its PDF's pages drawn as PNG images by
 * PDFBox. Kept per recipient until the campaign's files change.
 */
final class LetterPreview {

    /** What a preview shows: the files made (by name), the pages as PNGs and a digest of the PDF; or errors. */
    record Made(String reference, List<RenderedLetter.File> files, List<byte[]> pages, String digest,
            List<String> skipped, List<String> errors) {

        Optional<RenderedLetter.File> file(String suffix) {
            return files.stream().filter(f -> f.name().endsWith(suffix)).findFirst();
        }
    }

    /** Pixels per inch of the page images: sharp on a screen, small enough to load at once. */
    private static final float DPI = 110;
    private static final int CACHED = 32;

    /** Previews made or being made: a request for one being made waits for it rather than making it again. */
    private final Map<String, CompletableFuture<Made>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Made>> eldest) {
            return size() > CACHED;
        }
    };

    /** The letter to {@code recipient} of {@code loaded}, with the archive holding {@code issued}. */
    Made of(CampaignSource.Loaded loaded, Recipient recipient, List<IssuedLetter> issued) {
        String key = loaded.version() + "/" + issued.size() + "/" + recipient.id();
        CompletableFuture<Made> mine = new CompletableFuture<>();
        CompletableFuture<Made> made;
        synchronized (cache) {
            made = cache.putIfAbsent(key, mine);
        }
        if (made != null) {
            try {
                return made.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Made preview = make(loaded.run(), recipient, issued);
            mine.complete(preview);
            return preview;
        } catch (RuntimeException | Error e) {
            // not kept: the next request tries again
            synchronized (cache) {
                cache.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Made make(CampaignRun run, Recipient recipient, List<IssuedLetter> issued) {
        try {
            RenderedLetter letter = run.render(run.prepare(context(run, recipient, issued)));
            Optional<RenderedLetter.File> pdf = letter.files().stream().filter(f -> f.name().endsWith(".pdf"))
                    .findFirst();
            List<byte[]> pages = pdf.map(f -> pages(f.bytes())).orElse(List.of());
            return new Made(letter.letter().context().letter().reference(), letter.files(), pages, pdf.map(
                    f -> digest(f.bytes())).orElse("none"), letter.skipped(), List.of());
        } catch (UserError e) {
            return new Made(null, List.of(), List.of(), "error", List.of(), e.messages());
        }
    }

    /**
     * The letter merged with the reference the archive would give it: the recipient's issued one if
     * it has one, else the next free in the order the recipients without one would be issued.
     */
    private static LetterContext context(CampaignRun run, Recipient recipient, List<IssuedLetter> issued) {
        String campaign = run.data().campaign().id();
        Optional<IssuedLetter> own = issued.stream().filter(l -> l.campaign().equals(campaign) && !l.isFollowUp()
                && l.recipientId().equals(recipient.id())).reduce((a, b) -> b);
        if (own.isPresent()) {
            return run.merge(recipient, own.get().sequence());
        }
        // a set: asked once for every recipient before this one (a list made that quadratic in a large campaign)
        Set<String> done = issued.stream().filter(l -> l.campaign().equals(campaign)).map(IssuedLetter::recipientId)
                .collect(Collectors.toSet());
        ReferenceAllocator references = new ReferenceAllocator(campaign, issued);
        for (Recipient r : run.data().recipients()) {
            if (done.contains(r.id())) {
                continue;
            }
            LetterContext context = references.next(sequence -> run.merge(r, sequence));
            if (r.id().equals(recipient.id())) {
                return context;
            }
        }
        throw new IllegalStateException("recipient " + recipient.id() + " is not in the campaign");
    }

    /** The pages of {@code pdf} as PNG images, as a preview shows them. */
    static List<byte[]> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the letter's pages: " + e.getMessage(), e);
        }
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
