package org.briefgen.web;

import java.util.regex.Pattern;

/**
 * The names a request may carry in its path (a recipient's id, a letter's reference, a job's id):
 * each is checked against a narrow pattern before it is looked up, and is never used as a path.
 */
final class Names {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Names() {
    }

    /** {@code value} when it is a plain name (no '/', no '..', nothing but letters, digits, '.', '_', '-'); else 404. */
    static String checked(String value, String what) {
        if (value == null || !ID.matcher(value).matches() || value.contains("..")) {
            throw RefusedException.notFound(what);
        }
        return value;
    }

    /** A whole number in {@code [0, max)}; else 404. */
    static int index(String value, int max, String what) {
        if (value == null || !value.matches("[0-9]{1,6}")) {
            throw RefusedException.notFound(what);
        }
        int n = Integer.parseInt(value);
        if (n >= max) {
            throw RefusedException.notFound(what);
        }
        return n;
    }
}
