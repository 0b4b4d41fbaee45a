package org.briefgen.merge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** File names made from data: safe on every file system, readable, never a path. */
public final class FileNames {

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");
    private static final Pattern NOT_IN_REFERENCE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private FileNames() {
    }

    /** "Amazon UK" gives "amazon-uk"; accents are dropped, anything else becomes '-'. */
    public static String slug(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(foldLetters(text), Normalizer.Form.NFKD)).replaceAll("");
        String slug = OUTER_DASHES.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        if (slug.length() > 60) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, 60)).replaceAll("");
        }
        if (slug.isEmpty()) {
            return "recipient";
        }
        return RESERVED.contains(slug) ? slug + "-" : slug;
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String foldLetters(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(switch (c) {
                case 'ø', 'Ø' -> "o";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ß' -> "ss";
                case 'đ', 'Đ', 'ð', 'Ð' -> "d";
                case 'ł', 'Ł' -> "l";
                case 'þ', 'Þ' -> "th";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return sb.toString();
    }

    /**
     * The base name of a letter's files: reference, then company ("CE-2020-001-amazon-uk"); a company
     * whose name is not written in Latin letters by its recipient id ("CE-2020-006-waha"), which the
     * officer chose and knows it by, where dropping every other letter would leave "recipient".
     */
    public static String letterBaseName(LetterContext context) {
        String company = context.recipient().company();
        return NOT_IN_REFERENCE_NAME.matcher(context.letter().reference()).replaceAll("-") + "-"
                + slug(inLatinLetters(company) ? company : context.recipient().id());
    }

    /** Whether every letter of {@code text} is a Latin one ("Søndergaard", "Ñandú"). */
    static boolean inLatinLetters(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
