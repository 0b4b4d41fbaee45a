package org.briefgen.failure;

import java.util.regex.Pattern;

/**
 * Masks the secrets in text a message quotes (a URL, a connection string), even ones written where
 * they do not belong: the password of a {@code user:password@} (with or without a scheme), and the
 * value of every parameter whose name speaks of a secret ({@code password=}, {@code sslpassword=},
 * {@code pwd=}, {@code token=}, …), each shown as {@code ***}.
 */
public final class Secrets {

    /** The mask a secret is shown as. */
    public static final String MASK = "***";

    /** {@code user:password@} after a scheme's {@code //}, a quote, a space or the start (a scheme is no user). */
    private static final Pattern USER_INFO = Pattern
            .compile("(^|//|[\\s'\"(])([^\\s/?#@:'\"()]*):(?!//)((?:(?!://)[^\\s'\"])*)@");

    /** {@code name=value} where the name speaks of a secret, after {@code ?}, {@code &}, {@code ;} or the start. */
    private static final Pattern PARAMETER = Pattern.compile("(^|[?&;#\\s])([^=&?;#\\s]*(?:pass|pwd|secret|token"
            + "|credential|apikey|api_key|auth)[^=&?;#\\s]*)=([^&;#\\s'\"]*)", Pattern.CASE_INSENSITIVE);

    private Secrets() {
    }

    /** {@code text} with each password and secret parameter's value replaced by {@value #MASK}; null stays null. */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String userInfo = USER_INFO.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)
                + m.group(2) + ":" + MASK + "@"));
        return PARAMETER.matcher(userInfo).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)
                + m.group(2) + "=" + MASK));
    }
}
