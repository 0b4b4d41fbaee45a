package org.briefgen.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.briefgen.render.pdf.file.PdfBytes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The PDF buffer holds exactly what the JDK's buffer would, however iText's writes come. */
class PdfBytesTest {

    @Property(tries = 500)
    void holdsWhatAByteArrayOutputStreamHolds(@ForAll("writes") List<byte[]> writes,
            @ForAll @IntRange(min = 1, max = 64) int initialSize) {
        PdfBytes bytes = new PdfBytes(initialSize);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (byte[] write : writes) {
            if (write.length == 1) {
                bytes.write(write[0]);
                expected.write(write[0]);
            } else {
                // a slice, as iText passes its buffers
                int off = write.length / 3;
                bytes.write(write, off, write.length - off);
                expected.write(write, off, write.length - off);
            }
        }
        assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(bytes.size()).isEqualTo(expected.size());
    }

    @Property(tries = 50)
    void refusesASliceOutsideItsArray(@ForAll @IntRange(min = 0, max = 10) int length) {
        PdfBytes bytes = new PdfBytes(4);
        assertThatThrownBy(() -> bytes.write(new byte[length], 1, length))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(bytes.size()).isZero();
    }

    @Provide
    Arbitrary<List<byte[]>> writes() {
        Arbitrary<byte[]> one = Arbitraries.bytes().array(byte[].class).ofSize(1);
        Arbitrary<byte[]> many = Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(300);
        return Arbitraries.oneOf(one, many).list().ofMaxSize(200);
    }
}
