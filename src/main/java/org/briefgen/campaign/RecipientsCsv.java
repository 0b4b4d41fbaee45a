package org.briefgen.campaign;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the recipients table (CSV, first row the header). Header names are matched ignoring case,
 * spaces, hyphens and underscores, and through a few aliases; lists within a cell are separated
 * by semicolons.
 */
final class RecipientsCsv {

    static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");
    static final Pattern HANDLE = Pattern.compile("@[A-Za-z0-9_]{1,15}");

    /** Canonical column names and the other names they may be given. */
    private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("id", List.of("recipientid", "ref"));
        COLUMNS.put("company", List.of("organisation", "organization", "companyname"));
        COLUMNS.put("short_name", List.of("shortname", "name_in_text"));
        COLUMNS.put("products", List.of("product"));
        COLUMNS.put("contact_name", List.of("contact", "contactperson"));
        COLUMNS.put("salutation", List.of("greeting"));
        COLUMNS.put("email", List.of("emails", "emailaddress", "emailaddresses"));
        COLUMNS.put("handle", List.of("twitter", "socialhandle", "twitterhandle"));
        COLUMNS.put("address", List.of("postaladdress"));
        COLUMNS.put("locale", List.of("language"));
    }

    private static final Map<String, String> BY_NORMALISED_NAME = new HashMap<>();

    static {
        COLUMNS.forEach((name, aliases) -> {
            BY_NORMALISED_NAME.put(normalise(name), name);
            aliases.forEach(a -> BY_NORMALISED_NAME.put(a, name));
        });
    }

    private RecipientsCsv() {
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    static List<Recipient> read(Path path, Charset charset, Problems problems) {
        String text = TextFiles.read(path, charset, problems);
        if (text == null) {
            return List.of();
        }
        String file = path.toString();
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        List<Recipient> recipients = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                problems.add(file, 1, 1, "the recipients table is empty: the first row must name the columns");
                return List.of();
            }
            CSVRecord header = it.next();
            Map<String, Integer> index = new HashMap<>();
            Map<Integer, String> extra = new LinkedHashMap<>();
            int headerLine = lines.lineOf(header.getCharacterPosition());
            for (int i = 0; i < header.size(); i++) {
                String raw = header.get(i);
                String canonical = BY_NORMALISED_NAME.get(normalise(raw));
                if (canonical == null) {
                    var near = Suggestions.nearest(normalise(raw), BY_NORMALISED_NAME.keySet());
                    if (near.isPresent() && !raw.isBlank()) {
                        String meant = BY_NORMALISED_NAME.get(near.get());
                        problems.add(Problem.at(file, headerLine, lines.column(header, i), "unknown column '" + raw
                                + "'").withHint("did you mean '" + meant + "'?"));
                        // read it as the column it was probably meant to be, so rows are not blamed for it
                        index.putIfAbsent(meant, i);
                    } else if (!raw.isBlank()) {
                        extra.put(i, raw);
                    }
                } else if (index.containsKey(canonical)) {
                    problems.add(file, headerLine, lines.column(header, i), "column '" + raw
                            + "' repeats column " + (index.get(canonical) + 1) + " ('" + canonical + "')");
                } else {
                    index.put(canonical, i);
                }
            }
            for (String required : List.of("id", "company")) {
                if (!index.containsKey(required)) {
                    problems.add(Problem.at(file, headerLine, 0, "missing column '" + required + "'")
                            .withHint("the header row names: " + String.join(", ", header.toList())));
                }
            }
            if (!index.containsKey("id") || !index.containsKey("company")) {
                return List.of();
            }
            Map<String, Integer> idLines = new HashMap<>();
            Map<String, Integer> emailLines = new HashMap<>();
            while (it.hasNext()) {
                CSVRecord row = it.next();
                int line = lines.lineOf(row.getCharacterPosition());
                Recipient r = recipient(row, line, index, extra, file, lines, problems);
                if (r == null) {
                    continue;
                }
                Integer earlier = idLines.putIfAbsent(r.id().toLowerCase(Locale.ROOT), line);
                if (earlier != null) {
                    problems.add(file, line, lines.column(row, index.get("id")), "recipient id '" + r.id()
                            + "' is also used on line " + earlier);
                }
                for (String email : r.emails()) {
                    Integer other = emailLines.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
                    if (other != null && other != line) {
                        problems.add(file, line, lines.column(row, index.get("email")), "e-mail address '" + email
                                + "' is also used on line " + other);
                    }
                }
                recipients.add(r);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(unreadable(file, e));
        }
        if (recipients.isEmpty() && problems.isEmpty()) {
            problems.add(file, 0, 0, "the recipients table has a header but no recipients");
        }
        return recipients;
    }

    private static final java.util.regex.Pattern START_LINE =
            java.util.regex.Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");

    /** Commons CSV's complaint as a user can act on it: where the broken field began, and why. */
    private static Problem unreadable(String file, Exception e) {
        String message = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = START_LINE.matcher(message);
        int line = m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Problem.at(file, line, 0, "a quoted field starts here and is never closed")
                    .withHint("every \" that opens a field needs a closing \"; write \"\" for a quote inside one");
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
            return Problem.at(file, line, 0, "text follows the closing quote of a field")
                    .withHint("write \"\" for a quote inside a quoted field");
        }
        return Problem.at(file, line, 0, "cannot read the table: " + message.replaceFirst("^.*CSVException: ", ""));
    }

    private static Recipient recipient(CSVRecord row, int line, Map<String, Integer> index,
            Map<Integer, String> extraColumns, String file, LineIndex lines, Problems problems) {
        boolean ok = true;
        String id = cell(row, index, "id");
        String company = cell(row, index, "company");
        if (id == null) {
            problems.add(file, line, lines.column(row, index.get("id")), "this recipient has no id");
            ok = false;
        } else if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.add(Problem.at(file, line, lines.column(row, index.get("id")), "recipient id '" + id
                    + "' may hold only letters, digits, '.', '_' and '-'"));
            ok = false;
        }
        if (company == null) {
            problems.add(file, line, lines.column(row, index.get("company")), "this recipient has no company name");
            ok = false;
        }
        List<String> emails = list(cell(row, index, "email"));
        for (String email : emails) {
            if (!EMAIL.matcher(email).matches()) {
                problems.add(file, line, lines.column(row, index.get("email")), "'" + email
                        + "' is not an e-mail address");
                ok = false;
            }
        }
        String handle = cell(row, index, "handle");
        if (handle != null && !HANDLE.matcher(handle).matches()) {
            Problem p = Problem.at(file, line, lines.column(row, index.get("handle")), "'" + handle
                    + "' is not a social media handle");
            problems.add(handle.startsWith("@") ? p.withHint("letters, digits and '_', at most 15")
                    : p.withHint("write it with its '@', as in '@" + handle + "'"));
            ok = false;
        }
        List<String> address = list(cell(row, index, "address"));
        if (emails.isEmpty() && address.isEmpty()) {
            problems.add(Problem.at(file, line, 0, "recipient '" + (id == null ? "?" : id)
                    + "' has neither an e-mail nor a postal address").withHint("fill the 'email' or 'address' column"));
            ok = false;
        }
        String locale = cell(row, index, "locale");
        if (locale != null && Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            problems.add(Problem.at(file, line, lines.column(row, index.get("locale")), "'" + locale
                    + "' is not a language tag").withHint("write it as en-GB, fr-FR, de-DE …"));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extraColumns.forEach((i, name) -> extra.put(name, i < row.size() ? row.get(i) : ""));
        return new Recipient(id, company, cell(row, index, "short_name"), list(cell(row, index, "products")), cell(row, index, "contact_name"),
                cell(row, index, "salutation"), emails, handle, address, locale, extra, file, line);
    }

    private static String cell(CSVRecord row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= row.size()) {
            return null;
        }
        String value = row.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Maps character positions to line numbers, and fields to their column. */
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

        int lineOf(long position) {
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

        /** The 1-based column where field {@code field} of {@code row} begins (commas outside quotes counted). */
        int column(CSVRecord row, Integer field) {
            if (field == null) {
                return 0;
            }
            int pos = (int) row.getCharacterPosition();
            int lineStart = starts.get(lineOf(pos) - 1);
            int seen = 0;
            boolean quoted = false;
            for (int i = pos; i < text.length() && seen < field; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    seen++;
                    if (seen == field) {
                        return i + 1 - lineStart + 1;
                    }
                } else if (c == '\n' && !quoted) {
                    break;
                }
            }
            return field == 0 ? pos - lineStart + 1 : 0;
        }
    }
}
