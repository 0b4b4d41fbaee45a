package org.briefgen.campaign.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.briefgen.campaign.Problem;

/** Reads input text strictly: bytes that are not valid in the encoding are a problem, never a guess. */
final class TextFiles {

    private TextFiles() {
    }

    /** The file's text without a byte-order mark, or null (with a problem recorded). */
    static String read(Path path, Charset charset, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(path.toString(), 0, 0, Files.exists(path) ? "cannot read: " + e.getMessage()
                    : "file not found");
            return null;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, charset);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(Problem.at(path.toString(), line, bad - lineStart + 1,
                    "the bytes here are not " + charset.name() + " text")
                    .withHint(charset.equals(StandardCharsets.UTF_8)
                            ? "save the file as UTF-8, or set 'encoding: windows-1252' in the campaign if it came from"
                                    + " an older Excel"
                            : "check the file's encoding"));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
