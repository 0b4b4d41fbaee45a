package org.briefgen.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.campaign.SigningConfig;
import org.briefgen.document.Document;
import org.briefgen.render.pdf.PdfRenderer;
import org.briefgen.sign.LetterSigner;
import org.briefgen.sign.TestPki;
import org.briefgen.sign.TestTsa;

/**
 * The cost of signing one letter at each PAdES level (a timed loop, not a test): the bundled Amazon UK
 * letter rendered, and signed at each level, {@code N} times (default 20) after 10 unmeasured, in 5
 * alternating rounds, with
 * the in-process CA and TSA (so no network time is in it). Prints the median and the added bytes.
 * Run: {@code java -cp target/classes:target/test-classes:DEPS org.briefgen.bench.SigningCost [N]}.
 */
public final class SigningCost {

    private SigningCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("signing-cost");
        TestPki pki = new TestPki("Privacy International");
        Path keystore = pki.signer("Privacy International").keystore(dir.resolve("k.p12"), "letters",
                TestPki.PASSWORD);
        Path crl = TestPki.write(pki.crl(), dir.resolve("ca.crl"));
        byte[] letter = TestLetters.bundled().render(TestLetters.letter(0)).files().get(0).bytes();
        PdfRenderer pdf = new PdfRenderer(TestLetters.style());
        Document document = TestLetters.letter(0).document();
        List<LetterSigner> signers = new java.util.ArrayList<>();
        for (SigningConfig.Level level : SigningConfig.Level.values()) {
            SigningConfig config = new SigningConfig(keystore, "letters", null, null, null, URI.create(
                    "http://tsa.invalid/"), level, level.longTerm() ? List.of(crl) : List.of(), null, null);
            signers.add(LetterSigner.open(config, TestPki.PASSWORD.toCharArray(), Instant::now,
                    level.timestamped() ? new TestTsa(pki) : null));
        }
        // rounds alternate the stages, so the machine's noise falls on each alike; medians of the rounds
        int rounds = 5;
        long[][] medians = new long[signers.size() + 1][rounds];
        for (int r = 0; r < rounds; r++) {
            medians[0][r] = time(() -> pdf.render(document), n);
            for (int i = 0; i < signers.size(); i++) {
                LetterSigner signer = signers.get(i);
                medians[i + 1][r] = time(() -> signer.sign(letter), n);
            }
        }
        System.out.printf("render the PDF  %6.1f ms per letter  %d bytes%n", median(medians[0]) / 1e6,
                letter.length);
        for (int i = 0; i < signers.size(); i++) {
            LetterSigner signer = signers.get(i);
            System.out.printf("sign %-5s      %6.1f ms per letter  +%d bytes%n", signer.level().label(),
                    median(medians[i + 1]) / 1e6, signer.sign(letter).length - letter.length);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long time(Runnable work, int n) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[n / 2];
    }
}
