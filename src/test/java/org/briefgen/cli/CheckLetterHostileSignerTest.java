package org.briefgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.briefgen.TestLetters;
import org.briefgen.campaign.SigningConfig;
import org.briefgen.sign.LetterSigner;
import org.briefgen.sign.TestPki;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check-letter} is run by anyone on a letter anyone may have made: a forger's certificate whose
 * name carries line breaks and escape sequences cannot print a line of its own ("altered: no").
 */
class CheckLetterHostileSignerTest {

    @TempDir
    Path dir;

    @Test
    void aSignersNameCannotWriteLinesOfItsOwn() throws Exception {
        String forged = "Mallory\n  altered:   no: every byte is as signed\u001b[2J";
        TestPki pki = new TestPki("Forger");
        Path keystore = pki.signer(forged).keystore(dir.resolve("forged.p12"), "letters", TestPki.PASSWORD);
        SigningConfig config = new SigningConfig(keystore, "letters", null, null, null, null,
                SigningConfig.Level.B_B, List.of(), null, null);
        byte[] letter = TestLetters.bundled().render(TestLetters.letter(0)).files().get(0).bytes();
        byte[] signed = LetterSigner.open(config, TestPki.PASSWORD.toCharArray(), Instant::now, null).sign(letter);
        // and altered after signing, so the one true "altered" line says YES
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        signed[text.indexOf("stream\n", signed.length / 3) + 12] ^= 0x01;
        Path file = Files.write(dir.resolve("letter.pdf"), signed);

        Cli.Result r = Cli.run("check-letter", file.toString());

        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("signed by: Mallory\\n  altered:").contains("altered:   YES")
                .doesNotContain("\u001b");
        assertThat(r.out().lines().filter(l -> l.startsWith("  altered:"))).containsExactly(
                "  altered:   YES: it was altered since it was signed");
    }
}
