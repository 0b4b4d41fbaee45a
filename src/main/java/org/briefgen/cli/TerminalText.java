package org.briefgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text from data or from e-mails (company names, subjects, senders, summaries, file names) as the
 * command line prints it: every character a terminal would act on instead of showing is shown
 * escaped, so a value can neither move the cursor, recolour or retitle the terminal (ANSI escape
 * sequences), overwrite or forge a line (CR, LF), nor reorder what is shown (bidirectional
 * overrides and isolates). C0 controls and DEL print as {@code \n}, {@code \r}, {@code \t} or
 * {@code \x1b}; C1 controls, the line and paragraph separators and the bidirectional controls as
 * {@code \u202e}. Everything else, letters of any script among them, prints as it is.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * {@code text} with every control character escaped (a line break too: each value, and each
     * error or warning, is one line); null prints as "".
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = escaped(c);
            if (escaped != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escaped != null) {
                    sb.append(escaped);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * Prints {@code format} (briefgen's own words) with {@code args}, each text among them (a String,
     * a file's path) through {@link #of(String)}, and no line break unless the format has one.
     */
    public static void printf(PrintWriter out, String format, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof CharSequence || args[i] instanceof Path ? of(args[i].toString()) : args[i];
        }
        out.printf(Locale.ROOT, format, shown);
    }

    /** How {@code c} is shown, or null when it is shown as itself. */
    private static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    yield String.format("\\x%02x", (int) c);
                }
                if (c >= 0x80 && c <= 0x9f || c == '\u2028' || c == '\u2029' || isBidiControl(c)) {
                    yield String.format("\\u%04x", (int) c);
                }
                yield null;
            }
        };
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069' || c == '\u200e' || c == '\u200f'
                || c == '\u061c';
    }
}
