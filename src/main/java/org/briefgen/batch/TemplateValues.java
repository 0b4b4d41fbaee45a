package org.briefgen.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.campaign.Problem;
import org.briefgen.i18n.Languages;
import org.briefgen.i18n.TemplateTranslations;

/**
 * The values a template prints ({@code recipient.company}, {@code figure("q", "o")},
 * {@code <@chart question="q"/>}…), each at its first line: a translation must print no value its
 * original does not, or the letters in its language would say more than the campaign's.
 */
final class TemplateValues {

    private static final Pattern VALUE = Pattern.compile(
            "\\b(?:recipient|campaign|letter|organisation|signatory|date)(?:\\.[A-Za-z_][A-Za-z0-9_]*)+");
    private static final Pattern FUNCTION = Pattern.compile(
            "\\b(?:figure|question|methodology)\\(\\s*(\"[^\"]*\"(?:\\s*,\\s*\"[^\"]*\")*)?\\s*\\)");
    private static final Pattern INCLUDE = Pattern.compile("<#include\\s+\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("<#--.*?-->", Pattern.DOTALL);
    private static final Pattern CHART = Pattern.compile("<@chart\\s+question\\s*=\\s*\"([^\"]*)\"");

    private TemplateValues() {
    }

    /** Adds to {@code errors} each translation of {@code template} named by no language or printing more. */
    static void check(TemplateTranslations translations, Path folder, String template, List<String> errors) {
        Path original = folder.resolve(template);
        if (!Files.isRegularFile(original)) {
            return;
        }
        Map<String, Integer> known = values(original);
        translations.all(template).forEach((tag, name) -> {
            Path file = folder.resolve(name);
            if (!Languages.known(tag)) {
                errors.add(file + ": '" + tag + "' is not a language tag (such as fr or fr-FR), so no letter uses this"
                        + " translation");
                return;
            }
            values(file).forEach((value, line) -> {
                if (!known.containsKey(value)) {
                    errors.add(file + ":" + line + ": the translation prints " + value + ", which " + template
                            + " does not: a translation says what its original says");
                }
            });
        });
    }

    /**
     * Adds to {@code warnings} each template a translation of {@code template} includes in the
     * campaign's language ({@code <#include "summary.md.ftl">} in {@code letter.fr.md.ftl}): its words
     * would be in another language than the letter's.
     */
    static void includes(TemplateTranslations translations, Path folder, String template, List<Problem> warnings) {
        translations.all(template).forEach((tag, name) -> {
            if (!Languages.known(tag)) {
                return;
            }
            Path file = folder.resolve(name);
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = INCLUDE.matcher(lines[i]);
                while (m.find()) {
                    String included = m.group(1);
                    String[] parts = included.split("\\.");
                    boolean translated = parts.length >= 3 && Languages.known(parts[1]);
                    if (!translated) {
                        String instead = translations.find(included, tag).orElse(TemplateTranslations.nameFor(
                                included, tag));
                        warnings.add(Problem.at(file.toString(), i + 1, 0, "includes " + included + ", which is in"
                                + " the campaign's language: include " + instead + " in a translation into " + tag));
                    }
                }
            }
        });
    }

    /** Each value a template prints, at the line where it first does. */
    static Map<String, Integer> values(Path file) {
        String text = read(file);
        Map<String, Integer> found = new LinkedHashMap<>();
        // comments print nothing: blanked, their line breaks kept so that lines still count
        Matcher comment = COMMENT.matcher(text);
        StringBuilder code = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(code, Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", " ")));
        }
        comment.appendTail(code);
        String[] lines = code.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern p : List.of(VALUE, FUNCTION, CHART)) {
                Matcher m = p.matcher(lines[i]);
                while (m.find()) {
                    String value = p == CHART ? "chart(\"" + m.group(1) + "\")" : m.group().replaceAll("\\s+", "");
                    found.putIfAbsent(value, i + 1);
                }
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
