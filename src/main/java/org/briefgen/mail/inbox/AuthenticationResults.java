package org.briefgen.mail.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.briefgen.mail.DisplayText;

/**
 * Reads {@code Authentication-Results} headers (RFC 8601) and judges the From domain by the one the
 * organisation's receiving server added: the topmost header, or, when authserv-ids are given, the
 * topmost whose authserv-id is one of them. A receiving server adds its header above every header
 * the message came with, so a header the sender wrote lower down never counts, even one that claims
 * the server's name. DMARC decides when it has a result; else DKIM (by {@code header.d}) and SPF (by
 * {@code smtp.mailfrom}) count only when aligned with the From domain (the same domain, or one a
 * subdomain of the other).
 */
final class AuthenticationResults {

    /** One method's result: {@code dmarc=fail}, with its properties ({@code header.from=example.org}). */
    private record Result(String method, String result, Map<String, String> properties) {
    }

    private AuthenticationResults() {
    }

    /**
     * The verdict on {@code fromDomain} (lower case; null when the message has no single From address)
     * of the header the organisation's server added, from the headers' values in order, topmost first.
     */
    static Authentication judge(String[] headers, String fromDomain, List<String> authservIds) {
        if (headers == null || headers.length == 0) {
            return Authentication.NONE;
        }
        String chosen = null;
        for (String header : headers) {
            String id = authservId(header);
            if (authservIds.isEmpty() || authservIds.stream().anyMatch(a -> a.equalsIgnoreCase(id))) {
                chosen = header;
                break;
            }
        }
        if (chosen == null || fromDomain == null) {
            return Authentication.NONE;
        }
        String server = DisplayText.of(authservId(chosen), 100);
        List<Result> results = results(chosen);
        Result dmarc = first(results, "dmarc", r -> {
            String from = r.properties().get("header.from");
            return from == null || from.equalsIgnoreCase(fromDomain);
        });
        if (dmarc != null && (dmarc.result().equals("pass") || dmarc.result().equals("fail"))) {
            return verdict(dmarc.result().equals("pass"), "dmarc=" + dmarc.result(), server);
        }
        Result pass = null;
        Result fail = null;
        for (Result r : results) {
            String domain = switch (r.method()) {
                case "dkim" -> domain(r.properties().getOrDefault("header.d", r.properties().get("header.i")));
                case "spf" -> domain(r.properties().get("smtp.mailfrom"));
                default -> null;
            };
            if (domain == null || !aligned(domain, fromDomain)) {
                continue;
            }
            if (r.result().equals("pass") && pass == null) {
                pass = r;
            } else if ((r.result().equals("fail") || r.result().equals("softfail")) && fail == null) {
                fail = r;
            }
        }
        Result decisive = pass != null ? pass : fail;
        if (decisive == null) {
            return Authentication.NONE;
        }
        String key = decisive.method().equals("dkim") ? "header.d" : "smtp.mailfrom";
        String value = decisive.properties().getOrDefault(key, decisive.properties().getOrDefault("header.i", ""));
        return verdict(pass != null, decisive.method() + "=" + decisive.result() + " (" + key + "="
                + DisplayText.of(value, 100) + ")", server);
    }

    private static Authentication verdict(boolean pass, String what, String server) {
        return new Authentication(pass ? Authentication.Outcome.PASS : Authentication.Outcome.FAIL, what + " by "
                + server);
    }

    private static Result first(List<Result> results, String method, java.util.function.Predicate<Result> about) {
        return results.stream().filter(r -> r.method().equals(method) && about.test(r)).findFirst().orElse(null);
    }

    /** The authserv-id: the first word of the header, before any version and the first ';'. */
    static String authservId(String header) {
        String text = withoutComments(header).strip();
        int semi = text.indexOf(';');
        String head = (semi < 0 ? text : text.substring(0, semi)).strip();
        String[] words = head.split("\\s+");
        return words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT);
    }

    private static List<Result> results(String header) {
        List<Result> results = new ArrayList<>();
        String[] parts = withoutComments(header).split(";");
        for (int i = 1; i < parts.length && results.size() < 100; i++) {
            String[] words = parts[i].strip().split("\\s+");
            if (words.length == 0 || !words[0].contains("=")) {
                continue;
            }
            String[] methodResult = words[0].split("=", 2);
            String method = methodResult[0].toLowerCase(Locale.ROOT).replaceFirst("/.*", "");
            Map<String, String> properties = new TreeMap<>();
            for (int w = 1; w < words.length; w++) {
                String[] property = words[w].split("=", 2);
                if (property.length == 2 && property[0].contains(".")) {
                    properties.putIfAbsent(property[0].toLowerCase(Locale.ROOT), unquote(property[1]));
                }
            }
            results.add(new Result(method, methodResult[1].toLowerCase(Locale.ROOT), properties));
        }
        return results;
    }

    /** The header with its comments, {@code (…)} however nested, taken out; quoted text is kept. */
    private static String withoutComments(String header) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        String text = header.length() > 8000 ? header.substring(0, 8000) : header;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (depth == 0) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            } else if (c == '(' && !quoted) {
                depth++;
            } else if (c == ')' && !quoted && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c == '\r' || c == '\n' || c == '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** The domain of a property's value: an address's part after the last '@', lower case; null when empty. */
    private static String domain(String value) {
        if (value == null) {
            return null;
        }
        String domain = value.substring(value.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() ? null : domain;
    }

    /** Relaxed alignment without a public-suffix list: the same domain, or one a subdomain of the other. */
    private static boolean aligned(String domain, String fromDomain) {
        return domain.equals(fromDomain) || fromDomain.endsWith("." + domain) || domain.endsWith("." + fromDomain);
    }
}
