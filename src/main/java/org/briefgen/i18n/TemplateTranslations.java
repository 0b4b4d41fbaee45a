package org.briefgen.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a template's translations are: {@code letter.fr.md.ftl} or {@code letter.fr-FR.md.ftl}
 * beside {@code letter.md.ftl}, and likewise for any template by its name. The one place that
 * knows how a translation is named.
 */
public final class TemplateTranslations {

    private final Path folder;

    public TemplateTranslations(Path folder) {
        this.folder = folder;
    }

    /**
     * The name of {@code template}'s translation into {@code tag} (the tag's own, else its
     * language's), or empty when there is none.
     */
    public Optional<String> find(String template, String tag) {
        for (String candidate : Languages.fallbacks(tag)) {
            String name = nameFor(template, candidate);
            if (Files.isRegularFile(folder.resolve(name))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** {@code template} in {@code tag}: its own name when the tag has no translation. */
    public String resolve(String template, String tag) {
        return find(template, tag).orElse(template);
    }

    /** Every translation of {@code template} in the folder, by the tag its name gives (known or not). */
    public Map<String, String> all(String template) {
        Map<String, String> found = new LinkedHashMap<>();
        String[] parts = split(template);
        Pattern name = Pattern.compile(Pattern.quote(parts[0]) + "\\.([A-Za-z0-9-]+)" + Pattern.quote(parts[1]));
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(f -> {
                var m = name.matcher(f);
                if (m.matches()) {
                    found.put(m.group(1), f);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** "letter.fr.md.ftl" for "letter.md.ftl" and "fr". */
    public static String nameFor(String template, String tag) {
        String[] parts = split(template);
        return parts[0] + "." + tag + parts[1];
    }

    /** The name before its suffix ("letter"), and the suffix (".md.ftl", ".txt.ftl", ".ftl"). */
    private static String[] split(String template) {
        String rest = template;
        String suffix = "";
        if (rest.endsWith(".ftl")) {
            suffix = ".ftl";
            rest = rest.substring(0, rest.length() - 4);
        }
        int dot = rest.lastIndexOf('.');
        int slash = rest.lastIndexOf('/');
        if (dot > slash + 1) {
            suffix = rest.substring(dot) + suffix;
            rest = rest.substring(0, dot);
        }
        return new String[] {rest, suffix};
    }
}
