package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a template uses, read from its text and that of the templates it includes (comments left out):
 * the templates it includes, and whether it prints a survey's words. Warnings of translations are
 * given by it, so that a letter that includes no summary is not warned of the summary's.
 */
final class TemplateUse {

    private static final Pattern INCLUDE = Pattern.compile("<#include\\s+\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    /** Whatever prints a survey's words: its charts, figures, questions, methodology, or the surveys themselves. */
    private static final Pattern SURVEY = Pattern.compile(
            "<@chart\\b|\\b(?:figure|question|methodology)\\s*\\(|\\bsurveys\\b");

    private TemplateUse() {
    }

    /** {@code template} and every template it includes, directly or not, that exists in {@code folder}. */
    static Set<String> withIncludes(Path folder, String template) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(template);
        while (!next.isEmpty()) {
            String name = next.poll();
            Path file = folder.resolve(name);
            if (!seen.add(name) || !Files.isRegularFile(file)) {
                continue;
            }
            Matcher m = INCLUDE.matcher(code(file));
            while (m.find()) {
                next.add(m.group(1));
            }
        }
        seen.removeIf(name -> !Files.isRegularFile(folder.resolve(name)));
        return seen;
    }

    /** The templates {@code template} includes, directly or not (not itself). */
    static Set<String> included(Path folder, String template) {
        Set<String> all = withIncludes(folder, template);
        all.remove(template);
        return all;
    }

    /** Whether {@code template}, or a template it includes, prints any survey's words. */
    static boolean printsSurvey(Path folder, String template) {
        return withIncludes(folder, template).stream().anyMatch(name -> SURVEY.matcher(code(folder.resolve(name)))
                .find());
    }

    /** The file's text without its comments. */
    private static String code(Path file) {
        try {
            return COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
