package org.briefgen.toy;

import java.nio.charset.StandardCharsets;

import org.briefgen.batch.FormatContext;
import org.briefgen.batch.OutputFormat;
import org.briefgen.render.text.TextRenderer;

/**
 * A toy output format, {@code txt}: the letter as plain text. It is known to briefgen only through its
 * line in {@code toy-format/META-INF/services/org.briefgen.batch.OutputFormat} ({@link ToyFormatTest}).
 */
public final class TxtFormat implements OutputFormat {

    @Override
    public String id() {
        return "txt";
    }

    @Override
    public String suffix() {
        return ".txt";
    }

    @Override
    public Writer writer(FormatContext run) {
        TextRenderer text = new TextRenderer(run.style());
        return letter -> Result.file(text.render(letter.document()).getBytes(StandardCharsets.UTF_8));
    }
}
