package org.briefgen.campaign.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.briefgen.campaign.Problem;
import org.briefgen.failure.Suggestions;

/**
 * Typed, located access to the keys of one YAML mapping. Every wrong or missing value is recorded
 * as a problem and answered with an empty result, so that loading goes on and reports everything.
 */
final class Fields {

    private final YamlNode.Mapping mapping;
    private final Problems problems;

    private Fields(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** The fields of {@code node}, or null (with a problem recorded) when it is not a mapping. */
    static Fields of(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return new Fields(m, problems);
        }
        if (node != null) {
            problems.add(node.problem("expected a set of keys, found " + node.kind()));
        }
        return null;
    }

    /** As {@link #of(YamlNode, Problems)}, a problem recorded for each key not in {@code known}. */
    static Fields of(YamlNode node, Problems problems, Set<String> known) {
        Fields fields = of(node, problems);
        return fields == null ? null : fields.allow(known);
    }

    YamlNode.Mapping node() {
        return mapping;
    }

    /** Records a problem for every key not in {@code known}, with the nearest known key as a hint. */
    Fields allow(Set<String> known) {
        for (var entry : mapping.entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                YamlNode v = entry.getValue();
                problems.add(Problem.at(v.file(), v.line(), 0, "unknown key '" + entry.getKey() + "'")
                        .withHint(Suggestions.hint(entry.getKey(), known)));
            }
        }
        return this;
    }

    boolean has(String key) {
        YamlNode node = mapping.entries().get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.isNull());
    }

    Optional<YamlNode> node(String key) {
        return has(key) ? Optional.of(mapping.entries().get(key)) : Optional.empty();
    }

    private void missing(String key, String what) {
        problems.add(mapping.problem("missing required key '" + key + "' (" + what + ")"));
    }

    String text(String key, String what) {
        Optional<String> value = optText(key);
        if (value.isEmpty() && !has(key)) {
            missing(key, what);
        }
        return value.orElse(null);
    }

    /** The {@code id} key; without one, the name of {@code file} less the extension {@code extension} matches. */
    String id(Path file, String extension) {
        Path name = file.getFileName();
        return optText("id").orElse(name == null ? null : name.toString().replaceFirst(extension, ""));
    }

    Optional<String> optText(String key) {
        return node(key).flatMap(n -> scalar(n).map(String::strip)).filter(s -> !s.isEmpty());
    }

    private Optional<String> scalar(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return Optional.ofNullable(s.value());
        }
        problems.add(node.problem("expected a single value, found " + node.kind()));
        return Optional.empty();
    }

    Integer integer(String key, String what) {
        return required(key, what, this::optInteger);
    }

    Optional<Integer> optInteger(String key) {
        return parsed(key, Integer::parseInt, "a whole number");
    }

    Optional<BigDecimal> optDecimal(String key) {
        return parsed(key, BigDecimal::new, "a number");
    }

    LocalDate date(String key, String what) {
        return required(key, what, this::optDate);
    }

    Optional<LocalDate> optDate(String key) {
        return parsed(key, LocalDate::parse, "a date as YYYY-MM-DD");
    }

    /** The value at {@code key} as {@code read} reads it; missing, it is a problem naming {@code what}. */
    private <T> T required(String key, String what, Function<String, Optional<T>> read) {
        if (!has(key)) {
            missing(key, what);
            return null;
        }
        return read.apply(key).orElse(null);
    }

    /** The single value at {@code key}, stripped, as {@code parse} reads it; one it refuses is a problem. */
    private <T> Optional<T> parsed(String key, Function<String, T> parse, String expected) {
        return node(key).flatMap(n -> scalar(n).flatMap(s -> {
            try {
                return Optional.of(parse.apply(s.strip()));
            } catch (NumberFormatException | DateTimeParseException e) {
                problems.add(n.problem("expected " + expected + ", found '" + s + "'"));
                return Optional.empty();
            }
        }));
    }

    Optional<Boolean> optBoolean(String key) {
        return node(key).flatMap(n -> scalar(n).flatMap(s -> switch (s.strip().toLowerCase()) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problems.add(n.problem("expected true or false, found '" + s + "'"));
                yield Optional.empty();
            }
        }));
    }

    /** A list of single values; one value alone is taken as a list of one. */
    List<String> texts(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                scalar(item).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(out::add);
            }
            return out;
        }
        return scalar(node.get()).map(String::strip).filter(s -> !s.isEmpty()).map(List::of).orElse(List.of());
    }

    /** Each item of a list of mappings, converted; items that fail are left out (their problems recorded). */
    <T> List<T> list(String key, Function<Fields, T> convert) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            problems.add(node.get().problem("expected a list, found " + node.get().kind()));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Fields fields = Fields.of(item, problems);
            if (fields != null) {
                T value = convert.apply(fields);
                if (value != null) {
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** How many items the list under {@code key} has (0 when it is not a list). */
    int count(String key) {
        return node(key).filter(n -> n instanceof YamlNode.Sequence).map(n -> ((YamlNode.Sequence) n).items().size())
                .orElse(0);
    }

    Optional<Fields> map(String key) {
        return node(key).map(n -> Fields.of(n, problems));
    }

    Problem problemAt(String key, String message) {
        return node(key).map(n -> n.problem(message)).orElse(mapping.problem(message));
    }

    void report(Problem problem) {
        problems.add(problem);
    }

    /** A warning: what is still read but should be written otherwise. */
    void warn(Problem problem) {
        problems.warn(problem);
    }
}
