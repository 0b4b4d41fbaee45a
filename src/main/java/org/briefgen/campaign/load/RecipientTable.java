package org.briefgen.campaign.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.briefgen.campaign.EmailAddress;
import org.briefgen.campaign.Platform;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;
import org.briefgen.failure.Suggestions;

/**
 * Turns the rows of a recipients table, from a CSV file or a worksheet, into recipients. The first
 * row names the columns: names are matched ignoring case, spaces, hyphens and underscores, and
 * through a few aliases; lists within a cell are separated by semicolons. Every problem names its
 * place: file, line and column, or sheet and cell. A table is read from {@code file}: a worksheet
 * {@code sheet}, or ({@code sheet} null) a CSV file.
 */
record RecipientTable(String file, String sheet, Platform platform, Problems problems) {

    /** A domain name in ASCII or any script: labels of letters, digits and hyphens, at least two of them. */
    static final Pattern DOMAIN = Pattern.compile("(?U)(?:[\\w-]{1,63}\\.)+[\\w-]{2,63}");

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
        COLUMNS.put("language", List.of("locale"));
        COLUMNS.put("reply_domains", List.of("replydomain", "domains"));
    }

    private static final Map<String, String> BY_NORMALISED_NAME = new HashMap<>();

    static {
        COLUMNS.forEach((name, aliases) -> {
            BY_NORMALISED_NAME.put(normalise(name), name);
            aliases.forEach(a -> BY_NORMALISED_NAME.put(normalise(a), name));
        });
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    private Problem at(TableRow row, int cell, String message) {
        return sheet == null ? Problem.at(file, row.line(), cell < 0 ? 0 : row.column(cell), message)
                : Problem.inSheet(file, sheet, row.line(), cell < 0 ? 0 : row.column(cell), message);
    }

    private Problem at(TableRow row, Integer cell, String message) {
        return at(row, cell == null ? -1 : cell.intValue(), message);
    }

    /** The recipients of {@code rows}, the first of which names the columns. */
    List<Recipient> read(List<TableRow> rows) {
        if (rows.isEmpty()) {
            problems.add(sheet == null ? Problem.at(file, 1, 1, "the recipients table is empty: the first row must"
                    + " name the columns") : Problem.inSheet(file, sheet, 1, 1,
                            "the sheet is empty: the first row"
                                    + " must name the columns"));
            return List.of();
        }
        TableRow header = rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        Map<Integer, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String raw = header.cell(i).strip();
            String canonical = BY_NORMALISED_NAME.get(normalise(raw));
            if (canonical == null) {
                var near = Suggestions.nearest(normalise(raw), BY_NORMALISED_NAME.keySet());
                if (near.isPresent() && !raw.isBlank()) {
                    String meant = BY_NORMALISED_NAME.get(near.get());
                    problems.add(at(header, i, "unknown column '" + raw + "'").withHint("did you mean '" + meant
                            + "'?"));
                    // read it as the column it was probably meant to be, so rows are not blamed for it
                    index.putIfAbsent(meant, i);
                } else if (!raw.isBlank()) {
                    extra.put(i, raw);
                }
            } else if (index.containsKey(canonical)) {
                problems.add(at(header, i, "column '" + raw + "' repeats column " + (index.get(canonical) + 1)
                        + " ('" + canonical + "')"));
            } else {
                index.put(canonical, i);
                if (normalise(raw).equals("locale")) {
                    problems.warn(at(header, i, "'locale' is the old name of this column: call it 'language'"));
                }
            }
        }
        for (String required : List.of("id", "company")) {
            if (!index.containsKey(required)) {
                problems.add(at(header, -1, "missing column '" + required + "'")
                        .withHint("the header row names: " + String.join(", ", header.cells())));
            }
        }
        if (!index.containsKey("id") || !index.containsKey("company")) {
            return List.of();
        }
        if (!index.containsKey("email")) {
            problems.warn(at(header, -1, "no 'email' column: no letter can be e-mailed (no .eml is made)"));
        }
        if (!index.containsKey("handle")) {
            problems.warn(at(header, -1, "no 'handle' column: no recipient gets a public post, and no letter names"
                    + " a social media account"));
        }
        List<Recipient> recipients = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Map<String, Integer> emailLines = new HashMap<>();
        for (TableRow row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            Recipient r = recipient(row, index, extra);
            if (r == null) {
                continue;
            }
            Integer earlier = idLines.putIfAbsent(r.id().toLowerCase(Locale.ROOT), row.line());
            boolean duplicate = false;
            if (earlier != null) {
                problems.addRow(at(row, index.get("id"), "recipient id '" + r.id() + "' is also used on "
                        + (sheet == null ? "line " : "row ") + earlier), r.id(), r.company());
                duplicate = true;
            }
            for (String email : r.emails()) {
                Integer other = emailLines.putIfAbsent(email.toLowerCase(Locale.ROOT), row.line());
                if (other != null && other != row.line()) {
                    problems.addRow(at(row, index.get("email"), "e-mail address '" + email + "' is also used on "
                            + (sheet == null ? "line " : "row ") + other), r.id(), r.company());
                    duplicate = true;
                }
            }
            if (!duplicate) {
                recipients.add(r);
            }
        }
        if (recipients.isEmpty() && problems.isEmpty()) {
            problems.add(at(header, -1, "the recipients table has a header but no recipients"));
        }
        return recipients;
    }

    private Recipient recipient(TableRow row, Map<String, Integer> index, Map<Integer, String> extraColumns) {
        boolean ok = true;
        String id = cell(row, index, "id");
        String company = cell(row, index, "company");
        if (id == null) {
            problems.addRow(at(row, index.get("id"), "this recipient has no id"), null, company);
            ok = false;
        } else if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.addRow(at(row, index.get("id"), "recipient id '" + id
                    + "' may hold only letters, digits, '.', '_' and '-'"), id, company);
            ok = false;
        }
        if (company == null) {
            problems.addRow(at(row, index.get("company"), "this recipient has no company name"), id, null);
            ok = false;
        }
        List<String> emails = list(cell(row, index, "email"));
        for (String email : emails) {
            Optional<String> wrong = EmailAddress.problem(email);
            if (wrong.isPresent()) {
                problems.addRow(at(row, index.get("email"), "'" + email + "' is not an e-mail address").withHint(
                        wrong.get()), id, company);
                ok = false;
            }
        }
        String handle = cell(row, index, "handle");
        if (handle != null && !platform.isHandle(handle)) {
            Problem p = at(row, index.get("handle"), "'" + handle + "' is not a " + platform.displayName()
                    + " handle");
            problems.addRow(
                    handle.startsWith("@") || !platform.isHandle("@" + handle) ? p.withHint(platform.handleForm())
                            : p.withHint("write it with its '@', as in '@" + handle + "'"),
                    id, company);
            ok = false;
        }
        List<String> address = list(cell(row, index, "address"));
        if (emails.isEmpty() && address.isEmpty()) {
            problems.addRow(at(row, -1, "recipient '" + (id == null ? "?" : id)
                    + "' has neither an e-mail nor a postal address").withHint("fill the 'email' or 'address' column"),
                    id, company);
            ok = false;
        }
        // more domains the company answers from, beside its addresses' own: "amazon.com; amazon.co.uk"
        String domains = cell(row, index, "reply_domains");
        List<String> replyDomains = domains == null ? List.of() : Arrays.stream(domains.split("[;,\\s]+"))
                .filter(d -> !d.isEmpty()).map(d -> d.toLowerCase(Locale.ROOT)).toList();
        for (String domain : replyDomains) {
            if (!DOMAIN.matcher(domain).matches()) {
                problems.addRow(at(row, index.get("reply_domains"), "'" + domain + "' is not a domain")
                        .withHint("write domains as amazon.co.uk, several separated by ';' or spaces"), id, company);
                ok = false;
            }
        }
        String locale = cell(row, index, "language");
        if (locale != null && Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            problems.addRow(at(row, index.get("language"), "'" + locale + "' is not a language tag")
                    .withHint("write it as en-GB, fr-FR, de-DE …"), id, company);
            ok = false;
        }
        if (!ok) {
            return null;
        }
        if (emails.isEmpty() && index.containsKey("email")) {
            problems.warn(at(row, index.get("email"), "recipient '" + id + "' has no e-mail address: its letter"
                    + " cannot be e-mailed (no .eml is made), only posted to its address"));
        }
        if (handle == null && index.containsKey("handle")) {
            problems.warn(at(row, index.get("handle"), "recipient '" + id + "' has no handle: it gets no public"
                    + " post, and its letter names no social media account"));
        }
        Map<String, String> extra = new LinkedHashMap<>();
        extraColumns.forEach((i, name) -> extra.put(name, row.cell(i)));
        String source = sheet == null ? file : file + " sheet " + sheet;
        return new Recipient(id, company, cell(row, index, "short_name"), list(cell(row, index, "products")),
                cell(row, index, "contact_name"), cell(row, index, "salutation"), emails, handle, address, locale,
                extra, source, row.line(), replyDomains);
    }

    private static String cell(TableRow row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String value = row.cell(i).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
