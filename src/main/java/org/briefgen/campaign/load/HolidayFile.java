package org.briefgen.campaign.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;

import org.briefgen.campaign.Problem;

/**
 * Reads a holidays file: YAML mapping each date to its name ({@code 2020-01-01: New Year's Day}).
 * A deadline counted in working days skips these dates.
 */
final class HolidayFile {

    private HolidayFile() {
    }

    /** The dates in {@code path}, in order; problems are recorded, never thrown. */
    static List<LocalDate> read(Path path, Problems problems) {
        String text = TextFiles.read(path, StandardCharsets.UTF_8, problems);
        if (text == null) {
            return List.of();
        }
        YamlNode root = YamlFiles.parse(text, path.toString(), 0, problems);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            problems.add(root.problem("expected dates with their names, as in '2020-01-01: New Year's Day', found "
                    + root.kind()));
            return List.of();
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        mapping.entries().forEach((key, value) -> {
            try {
                dates.add(LocalDate.parse(key.strip()));
            } catch (DateTimeParseException e) {
                problems.add(Problem.at(value.file(), value.line(), 0, "expected a date as YYYY-MM-DD, found '" + key
                        + "'"));
            }
        });
        return List.copyOf(dates);
    }
}
