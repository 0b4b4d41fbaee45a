package org.briefgen.merge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** File names made from data: safe on every file system, readable, never a path. */
public final class FileNames {

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private FileNames() {
    }

    /** "Amazon UK" gives "amazon-uk"; accents are dropped, anything else becomes '-'. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(foldLetters(text), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
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

    /** The base name of a letter's files: reference, then company. */
    public static String letterBaseName(LetterContext context) {
        return context.letter().reference().replaceAll("[^A-Za-z0-9._-]", "-") + "-"
                + slug(context.recipient().company());
    }
}
