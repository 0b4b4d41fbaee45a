package org.briefgen.i18n;

/**
 * Something wrong with a translation, and where: a file and line (0 when the whole file). Written
 * as compilers write it, {@code templates/messages.fr.properties:3: message}.
 */
public record TranslationProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
