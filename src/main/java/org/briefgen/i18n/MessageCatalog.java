package org.briefgen.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.briefgen.failure.Suggestions;

import com.ibm.icu.text.MessageFormat;

/**
 * Every language's messages: the built-in ones (English, French, German, Spanish), and a
 * campaign's own from its templates folder, {@code messages.properties} for the campaign's language
 * and {@code messages.<tag>.properties} for another, which replace built-in messages key by key.
 * A new set of keys is added by adding them to the built-in files ({@code KEY_SETS}).
 */
public final class MessageCatalog {

    /** The languages briefgen speaks out of the box. */
    public static final List<String> BUILT_IN = List.of("en", "fr", "de", "es");

    /**
     * The built-in message files of each language ({@code <set>.<lang>.properties}): one per set of
     * keys (a letter's words, the tracker's, the publication's), all read at once. A new set is a new name here.
     */
    static final List<String> KEY_SETS = List.of("letters", "tracker", "publication");

    private static final Pattern OVERRIDE = Pattern.compile("messages(?:\\.([A-Za-z0-9-]+))?\\.properties");
    private static final MessageCatalog BUILT_IN_CATALOG = new MessageCatalog(builtInFiles(), Map.of(), List.of());

    private final Map<String, Map<String, String>> builtIn;
    private final Map<String, Map<String, String>> overrides;
    private final List<TranslationProblem> problems;
    /** Each language's messages, made once: every letter asks for its language's several times. */
    private final Map<String, Messages> byTag = new java.util.concurrent.ConcurrentHashMap<>();

    private MessageCatalog(Map<String, Map<String, String>> builtIn, Map<String, Map<String, String>> overrides,
            List<TranslationProblem> problems) {
        this.builtIn = builtIn;
        this.overrides = overrides;
        this.problems = List.copyOf(problems);
    }

    /** The built-in messages alone. */
    public static MessageCatalog builtIn() {
        return BUILT_IN_CATALOG;
    }

    /**
     * The built-in messages with a campaign's own from {@code folder} (a templates folder; none there
     * is fine); {@code campaignLanguage} is the language of {@code messages.properties}. What is wrong
     * with those files is in {@link #problems()}; the messages that are right are used.
     */
    public static MessageCatalog load(Path folder, String campaignLanguage) {
        Map<String, Map<String, String>> overrides = new TreeMap<>();
        List<TranslationProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new MessageCatalog(builtInFiles(), overrides, problems);
        }
        Set<String> keys = BUILT_IN_CATALOG.builtIn.get("en").keySet();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = OVERRIDE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                String tag = m.group(1) == null ? campaignLanguage : m.group(1);
                if (!Languages.known(tag)) {
                    problems.add(new TranslationProblem(file.toString(), 0, "'" + tag
                            + "' is not a language tag (such as fr or fr-FR)"));
                    continue;
                }
                MessageFile read = MessageFile.read(file);
                problems.addAll(read.problems());
                Map<String, String> good = new LinkedHashMap<>();
                read.patterns().forEach((key, pattern) -> {
                    int line = read.lines().get(key);
                    if (!keys.contains(key)) {
                        problems.add(new TranslationProblem(file.toString(), line, "no message '" + key
                                + "' to replace ("
                                + Suggestions.nearest(key, keys).map(k -> "did you mean '" + k + "'?")
                                        .orElse("the keys are those of briefgen's letters.en.properties")
                                + ")"));
                    } else if (syntaxError(pattern) != null) {
                        problems.add(new TranslationProblem(file.toString(), line, "'" + key
                                + "' is not an ICU message: " + syntaxError(pattern)));
                    } else {
                        good.put(key, pattern);
                    }
                });
                if (!BUILT_IN.contains(Languages.primary(tag))) {
                    // the publication speaks the campaign's language: a letter language needs the letters' words
                    boolean campaigns = Languages.sameLanguage(tag, campaignLanguage);
                    keys.stream().filter(k -> !read.patterns().containsKey(k))
                            .filter(k -> campaigns || !k.startsWith("publication."))
                            // nor the grammar keys (grammar.of): English's, unless given
                            .filter(k -> !k.startsWith("grammar.")).forEach(k -> problems.add(
                                    new TranslationProblem(file.toString(), 0,
                                            "message '" + k + "' is missing: briefgen has no "
                                                    + Languages.name(tag)
                                                    + " of its own, so every message must be given")));
                }
                overrides.put(Languages.fallbacks(tag).get(0), good);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        return new MessageCatalog(BUILT_IN_CATALOG.builtIn, overrides, problems);
    }

    /** What is wrong with the campaign's messages files, each with its file and line. */
    public List<TranslationProblem> problems() {
        return problems;
    }

    /** Whether briefgen or the campaign has messages in {@code tag}'s language. */
    public boolean speaks(String tag) {
        return Languages.fallbacks(tag).stream().anyMatch(t -> builtIn.containsKey(t) || overrides.containsKey(t));
    }

    /**
     * The messages of {@code tag}: the campaign's for that tag, then for its language, then
     * briefgen's for its language, then English for a key no one else gives.
     */
    public Messages forLanguage(String tag) {
        return byTag.computeIfAbsent(tag, this::messages);
    }

    private Messages messages(String tag) {
        Map<String, String> patterns = new LinkedHashMap<>(builtIn.get("en"));
        List<String> tags = Languages.fallbacks(tag);
        for (int i = tags.size() - 1; i >= 0; i--) {
            patterns.putAll(builtIn.getOrDefault(tags.get(i), Map.of()));
        }
        for (int i = tags.size() - 1; i >= 0; i--) {
            patterns.putAll(overrides.getOrDefault(tags.get(i), Map.of()));
        }
        RegionalDates.apply(patterns, tags, builtIn, overrides);
        return new Messages(Languages.fallbacks(tag).get(0), patterns);
    }

    private static String syntaxError(String pattern) {
        try {
            new MessageFormat(pattern);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Map<String, Map<String, String>> builtInFiles() {
        if (BUILT_IN_CATALOG != null) {
            return BUILT_IN_CATALOG.builtIn;
        }
        Map<String, Map<String, String>> all = new TreeMap<>();
        for (String language : BUILT_IN) {
            Map<String, String> patterns = new LinkedHashMap<>();
            for (String set : KEY_SETS) {
                MessageFile file = MessageFile.resource("/org/briefgen/i18n/" + set + "." + language + ".properties");
                if (!file.problems().isEmpty()) {
                    throw new IllegalStateException(file.problems().toString());
                }
                patterns.putAll(file.patterns());
            }
            all.put(language, Map.copyOf(patterns));
        }
        return all;
    }
}
