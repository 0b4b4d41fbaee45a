package org.briefgen.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.briefgen.campaign.Recipient;
import org.briefgen.render.pdf.PdfRenderer;

/**
 * The wording of a text no font of the house style can draw: the recipient's field that holds it,
 * its characters and their Unicode blocks as a user can find them, and what to do.
 */
final class UndrawableText {

    private UndrawableText() {
    }

    /**
     * Why a text of a recipient's letter (or, with no recipient, of the briefing) cannot be printed:
     * the recipient's field that holds it (when one does), its characters, and what to do.
     */
    static String message(Recipient recipient, PdfRenderer.Undrawable u) {
        List<Integer> all = new ArrayList<>(u.uncovered());
        all.addAll(u.unshapable());
        String field = recipient == null ? null : field(recipient, all);
        String where = field == null ? "\"" + excerpt(u.text(), all.get(0)) + "\""
                : field + " \"" + excerpt(u.text(), all.get(0)) + "\"";
        if (!u.uncovered().isEmpty()) {
            return where + " has characters no font of the house style covers: " + describe(u.uncovered())
                    + "; list a font that has them under fallback_fonts in the style file";
        }
        return where + " is in a script that needs a text shaping engine, which briefgen's PDF writer lacks: "
                + describe(u.unshapable());
    }

    /** A long text cut to the words around {@code codePoint}, marked with ellipses where cut. */
    private static String excerpt(String text, int codePoint) {
        if (text.length() <= 80) {
            return text;
        }
        int at = Math.max(0, text.indexOf(codePoint));
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - 30)));
        int to = text.indexOf(' ', Math.min(text.length(), at + 40));
        to = to < 0 ? text.length() : to;
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    /**
     * The recipient's field ("company", "address line 2", a column's name) holding all the characters,
     * the shortest such (a short name inside the company's name is the one a paragraph used).
     */
    private static String field(Recipient r, List<Integer> codePoints) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("company", r.company());
        fields.put("short_name", r.shortName());
        fields.put("contact_name", r.contactName());
        fields.put("salutation", r.salutation());
        for (int i = 0; i < r.address().size(); i++) {
            fields.put("address line " + (i + 1), r.address().get(i));
        }
        for (int i = 0; i < r.products().size(); i++) {
            fields.put(r.products().size() == 1 ? "products" : "products (" + (i + 1) + ")", r.products().get(i));
        }
        fields.put("handle", r.handle());
        fields.putAll(r.extra());
        String best = null;
        int length = Integer.MAX_VALUE;
        for (var e : fields.entrySet()) {
            String value = e.getValue();
            if (value != null && value.length() < length
                    && codePoints.stream().allMatch(cp -> value.indexOf(cp) >= 0)) {
                best = "field " + e.getKey();
                length = value.length();
            }
        }
        return best;
    }

    /** "'株' U+682A, '式' U+5F0F … (CJK UNIFIED IDEOGRAPHS, KATAKANA)": characters as a user can find them. */
    private static String describe(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder();
        codePoints.stream().limit(6).forEach(cp -> sb.append(sb.length() == 0 ? "" : ", ").append('\'')
                .append(Character.toChars(cp)).append("' ").append(String.format("U+%04X", cp)));
        if (codePoints.size() > 6) {
            sb.append(" and ").append(codePoints.size() - 6).append(" more");
        }
        String blocks = codePoints.stream().map(Character.UnicodeBlock::of).filter(Objects::nonNull)
                .map(b -> b.toString().replace('_', ' ')).distinct().collect(Collectors.joining(", "));
        return sb + (blocks.isEmpty() ? "" : " (" + blocks + ")");
    }
}
