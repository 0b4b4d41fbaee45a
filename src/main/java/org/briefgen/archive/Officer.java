package org.briefgen.archive;

/**
 * Who issued a letter or recorded a response: the name given with {@code --as}, else the user the
 * system runs briefgen as. A name is a short line of text (no control characters).
 */
public record Officer(String name) {

    static final int MAX_LENGTH = 200;

    public Officer {
        if (name == null || name.isBlank()) {
            throw new ArchiveException("an officer's name (--as) cannot be empty");
        }
        name = name.strip();
        if (name.length() > MAX_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new ArchiveException("an officer's name (--as) is one line of at most " + MAX_LENGTH
                    + " characters");
        }
    }

    /** The officer named {@code as}, or the system's user when {@code as} is null. */
    public static Officer of(String as) {
        return as == null ? systemUser() : new Officer(as);
    }

    /** The user the system runs briefgen as. */
    public static Officer systemUser() {
        String user = System.getProperty("user.name");
        return new Officer(user == null || user.isBlank() ? "unknown" : user);
    }
}
