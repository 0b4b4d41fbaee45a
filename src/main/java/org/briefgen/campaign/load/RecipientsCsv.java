package org.briefgen.campaign.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.campaign.Platform;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the recipients table from CSV (Commons CSV): rows with their lines and columns. */
final class RecipientsCsv {

    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");

    private RecipientsCsv() {
    }

    static List<Recipient> read(Path path, Charset charset, Platform platform, Problems problems) {
        String text = TextFiles.read(path, charset, problems);
        if (text == null) {
            return List.of();
        }
        String file = path.toString();
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int position = (int) record.getCharacterPosition();
                rows.add(new TableRow(lines.lineOf(position), record.toList(), lines.columns(position,
                        record.size())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(unreadable(file, e));
            return List.of();
        }
        return new RecipientTable(file, null, platform, problems).read(rows);
    }

    /** Commons CSV's complaint as a user can act on it: where the broken field began, and why. */
    private static Problem unreadable(String file, Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher m = START_LINE.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Problem.at(file, line, 0, "a quoted field starts here and is never closed")
                    .withHint("every \" that opens a field needs a closing \"; write \"\" for a quote inside one");
        }
        if (message.toLowerCase(Locale.ROOT).contains("invalid char")) {
            return Problem.at(file, line, 0, "text follows the closing quote of a field")
                    .withHint("write \"\" for a quote inside a quoted field");
        }
        return Problem.at(file, line, 0, "cannot read the table: " + message.replaceFirst("^.*CSVException: ", ""));
    }

    /** Maps character positions to line numbers, and fields to the column where they start. */
    private static final class LineIndex {
        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineIndex(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(int position) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid) <= position) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        /** The 1-based columns where each of a record's {@code count} fields begins (commas outside quotes). */
        int[] columns(int position, int count) {
            int lineStart = starts.get(lineOf(position) - 1);
            int[] columns = new int[count];
            if (count == 0) {
                return columns;
            }
            columns[0] = position - lineStart + 1;
            int field = 1;
            boolean quoted = false;
            for (int i = position; i < text.length() && field < count; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    columns[field++] = i + 1 - lineStart + 1;
                } else if (c == '\n' && !quoted) {
                    break;
                }
            }
            return columns;
        }
    }
}
