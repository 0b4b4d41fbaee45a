package org.briefgen.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.briefgen.files.Sha256;

/**
 * The ends of the archive's chains at one moment: for each chain its number of rows and its last
 * row's hash, and one digest of them all. {@link #text()} is the head a user keeps (from a
 * publication, an export, a receipt): the digest, then how many rows of each chain it covers, so
 * that {@code archive verify --expect} can recompute it from the database alone.
 */
public record ArchiveHead(List<ChainEnd> chains) {

    /** One chain's end: its name, how many rows it has, and its last row's hash (64 zeros when it has none). */
    public record ChainEnd(String chain, int rows, String lastSha256) {
    }

    private static final Pattern TEXT = Pattern
            .compile("([0-9a-f]{64})(?::((?:[a-z_]+=\\d{1,9})(?:,[a-z_]+=\\d{1,9})*))?");

    public ArchiveHead {
        chains = List.copyOf(chains);
    }

    /** SHA-256 of one line per chain, "NAME ROWS LAST-SHA256\n", in the order listed. */
    public String digest() {
        return digest(chains);
    }

    static String digest(List<ChainEnd> chains) {
        StringBuilder lines = new StringBuilder();
        for (ChainEnd c : chains) {
            lines.append(c.chain()).append(' ').append(c.rows()).append(' ').append(c.lastSha256()).append('\n');
        }
        return Sha256.of(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The head as a user keeps it: {@code DIGEST:letters=5,responses=2,…}. */
    public String text() {
        List<String> rows = new ArrayList<>();
        chains.forEach(c -> rows.add(c.chain() + "=" + c.rows()));
        return digest() + ":" + String.join(",", rows);
    }

    /** One line per chain, for a terminal: "letters: 5 rows, last sha256 …". */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ChainEnd c : chains) {
            lines.add(c.chain() + ": " + c.rows() + (c.rows() == 1 ? " row" : " rows") + ", last sha256 "
                    + c.lastSha256());
        }
        return lines;
    }

    /**
     * A head a user gives ({@code --expect}): its digest and, unless only the digest was given, how
     * many rows of each chain it covers, in order.
     */
    public record Expected(String given, String digest, Map<String, Integer> rows) {

        /** {@code text} as {@link ArchiveHead#text()} writes it, or its digest alone. */
        public static Expected parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            Matcher m = TEXT.matcher(t);
            if (!m.matches()) {
                throw new ArchiveException("'" + t + "' is not an archive head: a head is 64 hexadecimal digits,"
                        + " then ':' and the rows of each chain, as publish, export and verify print it"
                        + " (like 3f…9a:letters=5,responses=2)");
            }
            Map<String, Integer> rows = new LinkedHashMap<>();
            if (m.group(2) != null) {
                for (String part : m.group(2).split(",")) {
                    String[] kv = part.split("=");
                    rows.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            return new Expected(t, m.group(1), rows);
        }

        /** Whether only the digest was given: then which rows it covers is known only from an anchor with it. */
        public boolean digestOnly() {
            return rows.isEmpty();
        }
    }
}
