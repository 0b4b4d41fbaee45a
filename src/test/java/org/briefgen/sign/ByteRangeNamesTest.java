package org.briefgen.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Whether a PDF names a signature's byte range, wherever it stands, and only then. */
class ByteRangeNamesTest {

    private static final byte[] NAME = bytes("/ByteRange");

    @Test
    void aNameIsFoundAtTheStartInTheMiddleAndAtTheEnd() {
        assertThat(SignatureCheck.names(bytes("/ByteRange [0 10 20 30]"), NAME)).isTrue();
        assertThat(SignatureCheck.names(bytes("<< /Type /Sig /ByteRange [0 10 20 30] >>"), NAME)).isTrue();
        assertThat(SignatureCheck.names(bytes("trailer /ByteRange"), NAME)).isTrue();
        assertThat(SignatureCheck.names(bytes("/ByteRange"), NAME)).isTrue();
    }

    @Test
    void nearMissesAndShortTextsAreNotTheName() {
        assertThat(SignatureCheck.names(bytes(""), NAME)).isFalse();
        assertThat(SignatureCheck.names(bytes("/ByteRang"), NAME)).isFalse();
        assertThat(SignatureCheck.names(bytes("/ByteRangf /ByyteRange"), NAME))
                .isFalse();
        assertThat(SignatureCheck.names(bytes("ByteRange /Byte Range /byterange eeeeeeeeee"), NAME)).isFalse();
    }

    @Test
    void inRandomBytesTheNameIsFoundWhereverItIsPut() {
        Random random = new Random(29);
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(2000) + NAME.length];
            random.nextBytes(bytes);
            boolean naive = naive(bytes);
            assertThat(SignatureCheck.names(bytes, NAME)).isEqualTo(naive);
            int at = random.nextInt(bytes.length - NAME.length + 1);
            System.arraycopy(NAME, 0, bytes, at, NAME.length);
            assertThat(SignatureCheck.names(bytes, NAME)).as("at %d", at).isTrue();
        }
    }

    private static boolean naive(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("/ByteRange");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
