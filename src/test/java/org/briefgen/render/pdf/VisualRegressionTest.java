package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.briefgen.TestLetters;
import org.briefgen.document.Document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The bundled letters' pages, as pictures, against the committed references in
 * {@code src/test/resources/visual/} ({@code <reference>-p<page>.png}, grey at {@value #DPI} dpi),
 * so that a change of layout is seen in review. A page differs when more than {@value #TOLERANCE}
 * of its pixels differ by more than a shade ({@value #SHADE} of 255): anti-aliasing may vary a
 * little between machines, a moved line of text never hides under that (a hairline rule may: at
 * this resolution it is a faint grey). On a difference the page as made
 * and a picture of the difference (red where it differs) are written to {@code target/visual-diff/}.
 *
 * <p>To accept a deliberate change: {@code mvn -Dtest=VisualRegressionTest -Dvisual.update=true test}
 * writes every reference anew (and removes those of letters no longer bundled); look at them before
 * committing.
 */
class VisualRegressionTest {

    static final float DPI = 40;
    static final double TOLERANCE = 0.0005;
    static final int SHADE = 40;
    private static final Path REFERENCES = Path.of("src/test/resources/visual");
    private static final Path DIFFS = Path.of("target/visual-diff");

    @Test
    void theBundledLettersLookAsTheirReferences() throws IOException {
        boolean update = Boolean.getBoolean("visual.update");
        clear(DIFFS);
        if (update) {
            clear(REFERENCES);
        }
        PdfRenderer renderer = new PdfRenderer(TestLetters.style());
        List<String> differences = new ArrayList<>();
        int letters = TestLetters.bundled().data().recipients().size();
        int pages = 0;
        for (int i = 0; i < letters; i++) {
            Document document = TestLetters.letter(i).document();
            List<BufferedImage> images = pictures(renderer.render(document).bytes());
            for (int page = 1; page <= images.size(); page++) {
                String name = document.info().reference() + "-p" + page + ".png";
                BufferedImage actual = images.get(page - 1);
                pages++;
                if (update) {
                    ImageIO.write(actual, "png", REFERENCES.resolve(name).toFile());
                    continue;
                }
                String difference = compare(name, actual);
                if (difference != null) {
                    differences.add(difference);
                }
            }
            String extra = document.info().reference() + "-p" + (images.size() + 1) + ".png";
            if (!update && Files.exists(REFERENCES.resolve(extra))) {
                differences.add(extra + ": the reference has more pages than the letter (" + images.size() + ")");
            }
        }
        assertThat(differences).as("pages that look different (see " + DIFFS.toAbsolutePath()
                + "; to accept: mvn -Dtest=VisualRegressionTest -Dvisual.update=true test)").isEmpty();
        assertThat(pages).isGreaterThanOrEqualTo(letters);
    }

    /** Empties {@code folder} of its pictures, making it if need be. */
    private static void clear(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.list(folder)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
    }

    /** Each page of {@code pdf} in grey at {@link #DPI}. */
    static List<BufferedImage> pictures(byte[] pdf) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                images.add(renderer.renderImageWithDPI(page, DPI, ImageType.GRAY));
            }
        }
        return images;
    }

    /** Null when {@code actual} looks as the reference {@code name}; else what differs, with the pictures written. */
    private static String compare(String name, BufferedImage actual) throws IOException {
        Path file = REFERENCES.resolve(name);
        if (!Files.exists(file)) {
            write(name, actual, null);
            return name + ": no reference picture";
        }
        BufferedImage expected = ImageIO.read(file.toFile());
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            write(name, actual, null);
            return name + ": " + actual.getWidth() + "×" + actual.getHeight() + " pixels, the reference "
                    + expected.getWidth() + "×" + expected.getHeight();
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRaster().getSample(x, y, 0);
                int e = expected.getRaster().getSample(x, y, 0);
                boolean differs = Math.abs(a - e) > SHADE;
                if (differs) {
                    differing++;
                }
                int faint = 255 - (255 - e) / 3;
                diff.setRGB(x, y, differs ? 0xff0000 : faint << 16 | faint << 8 | faint);
            }
        }
        double share = (double) differing / ((long) actual.getWidth() * actual.getHeight());
        if (share <= TOLERANCE) {
            return null;
        }
        write(name, actual, diff);
        return String.format("%s: %.2f%% of the pixels differ", name, share * 100);
    }

    private static void write(String name, BufferedImage actual, BufferedImage diff) throws IOException {
        Files.createDirectories(DIFFS);
        ImageIO.write(actual, "png", DIFFS.resolve(name.replace(".png", "-actual.png")).toFile());
        if (diff != null) {
            ImageIO.write(diff, "png", DIFFS.resolve(name.replace(".png", "-diff.png")).toFile());
        }
    }
}
