package org.briefgen.mail.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds our letters' references in a subject, each as a whole word (case aside): "CE-2020-001" is in
 * "Re: CE-2020-001 reply" but not in "CE-2020-0011" or "CE-2020-001-B". Words shaped like the
 * campaign's reference form that are not ours are reported too, so that a reply is never guessed.
 */
final class SubjectReferences {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|campaign|id|seq)(?::(\\d))?}");

    private final Map<String, String> canonical = new HashMap<>();
    private final Pattern form;

    SubjectReferences(Collection<String> references, String referenceForm) {
        for (String r : references) {
            canonical.put(r.toLowerCase(Locale.ROOT), r);
        }
        this.form = referenceForm == null || referenceForm.isBlank() ? null : formPattern(referenceForm);
    }

    /** What a subject names: our references in it, and reference-shaped words that are not ours. */
    record Found(Set<String> ours, Set<String> strangers) {
    }

    Found in(String subject) {
        String text = subject.toLowerCase(Locale.ROOT);
        Map<Integer, String> byPosition = new TreeMap<>();
        for (Map.Entry<String, String> e : canonical.entrySet()) {
            String key = e.getKey();
            for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
                if (wholeWord(text, at, at + key.length())) {
                    byPosition.put(at, e.getValue());
                    break;
                }
            }
        }
        Set<String> ours = new LinkedHashSet<>(byPosition.values());
        Set<String> strangers = new LinkedHashSet<>();
        if (form != null) {
            Matcher m = form.matcher(subject);
            while (m.find() && strangers.size() < 10) {
                if (wholeWord(subject, m.start(), m.end())
                        && !canonical.containsKey(m.group().toLowerCase(Locale.ROOT))) {
                    strangers.add(m.group());
                }
            }
        }
        return new Found(ours, strangers);
    }

    /** Not glued to a letter or digit on either side, nor continued by a joiner and more of a word ("-B"). */
    private static boolean wholeWord(String text, int start, int end) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return false;
        }
        if (end < text.length()) {
            char next = text.charAt(end);
            if (Character.isLetterOrDigit(next)) {
                return false;
            }
            return !("-/_.".indexOf(next) >= 0 && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1)));
        }
        return true;
    }

    /** {@code CE-{year}-{seq:3}} as a pattern: literal text quoted, each placeholder the characters it can give. */
    static Pattern formPattern(String referenceForm) {
        Matcher m = PLACEHOLDER.matcher(referenceForm);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(Pattern.quote(referenceForm.substring(last, m.start())));
            parts.add(switch (m.group(1)) {
                case "year" -> "\\d{4}";
                case "seq" -> m.group(2) == null ? "\\d+" : "\\d{" + m.group(2) + ",}";
                default -> "[A-Za-z0-9_]+";
            });
            last = m.end();
        }
        parts.add(Pattern.quote(referenceForm.substring(last)));
        parts.forEach(regex::append);
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
