package org.briefgen.batch;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A kind of file written for each letter; files sit side by side, with the letter's base name. */
public enum OutputFormat {
    PDF("pdf", ".pdf"),
    DOCX("docx", ".docx"),
    EML("eml", ".eml"),
    POST("post", ".post.txt");

    private final String id;
    private final String suffix;

    OutputFormat(String id, String suffix) {
        this.id = id;
        this.suffix = suffix;
    }

    /** The name used in {@code --formats} and the campaign's {@code formats} key. */
    public String id() {
        return id;
    }

    /** What follows the letter's base name: {@code .pdf}, {@code .post.txt}. */
    public String suffix() {
        return suffix;
    }

    /** The format called {@code name} (any case); otherwise an {@link IllegalArgumentException} listing the formats. */
    public static OutputFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a format (choose from "
                        + names() + ")"));
    }

    static Set<OutputFormat> parseAll(Collection<String> names) {
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        names.forEach(n -> formats.add(parse(n)));
        return formats;
    }

    /** "pdf, docx, eml, post". */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
    }
}
