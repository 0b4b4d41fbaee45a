package org.briefgen.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.campaign.SigningConfig;
import org.briefgen.sign.LetterSigner;
import org.briefgen.sign.TestPki;
import org.briefgen.sign.TestTsa;

/**
 * The cost of signing one letter at each PAdES level (a timed loop, not a test): the bundled Amazon UK
 * letter rendered once, then signed {@code N} times per level (default 40) after 10 unmeasured, with
 * the in-process CA and TSA (so no network time is in it). Prints the median and the added bytes.
 * Run: {@code java -cp target/classes:target/test-classes:DEPS org.briefgen.bench.SigningCost [N]}.
 */
public final class SigningCost {

    private SigningCost() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("signing-cost");
        TestPki pki = new TestPki("Privacy International");
        Path keystore = pki.signer("Privacy International").keystore(dir.resolve("k.p12"), "letters",
                TestPki.PASSWORD);
        Path crl = TestPki.write(pki.crl(), dir.resolve("ca.crl"));
        byte[] letter = TestLetters.bundled().render(TestLetters.letter(0)).files().get(0).bytes();
        long render = time(() -> TestLetters.bundled().render(TestLetters.letter(0)), n);
        System.out.printf("render (pdf, docx, eml, post) %.1f ms  %d bytes (pdf)%n", render / 1e6, letter.length);
        for (SigningConfig.Level level : SigningConfig.Level.values()) {
            SigningConfig config = new SigningConfig(keystore, "letters", null, null, null, URI.create(
                    "http://tsa.invalid/"), level, level.longTerm() ? List.of(crl) : List.of(), null, null);
            LetterSigner signer = LetterSigner.open(config, TestPki.PASSWORD.toCharArray(), Instant::now,
                    level.timestamped() ? new TestTsa(pki) : null);
            long median = time(() -> signer.sign(letter), n);
            System.out.printf("%-5s %6.1f ms per letter  +%d bytes%n", level.label(), median / 1e6,
                    signer.sign(letter).length - letter.length);
        }
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
