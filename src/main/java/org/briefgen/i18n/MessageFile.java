package org.briefgen.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A messages file: one {@code key = ICU message} a line, {@code #} comments, UTF-8, with
 * {@code \u00A0}-style escapes for characters that are hard to see. Each key keeps its line.
 */
record MessageFile(String name, Map<String, String> patterns, Map<String, Integer> lines,
        List<TranslationProblem> problems) {

    static MessageFile read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static MessageFile resource(String path) {
        try (InputStream in = MessageFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in messages missing: " + path);
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageFile parse(String name, String text) {
        Map<String, String> patterns = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<TranslationProblem> problems = new ArrayList<>();
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new TranslationProblem(name, i + 1, "expected 'key = message', found '" + line + "'"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (patterns.containsKey(key)) {
                problems.add(new TranslationProblem(name, i + 1, "'" + key + "' is given twice (first on line "
                        + lines.get(key) + ")"));
                continue;
            }
            patterns.put(key, unescape(line.substring(eq + 1).strip()));
            lines.put(key, i + 1);
        }
        return new MessageFile(name, patterns, lines, problems);
    }

    private static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // an escape is a backslash, u and four hex digits: the backslashes of a Windows path are kept
            if (c == '\\' && i + 5 < value.length() && value.charAt(i + 1) == 'u'
                    && value.substring(i + 2, i + 6).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                sb.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
