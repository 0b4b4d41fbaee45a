package org.briefgen.i18n;

import java.util.Collection;
import java.util.Comparator;

/** "did you mean 'page.number'?", by edit distance, for a key that is not known. */
final class Suggest {

    private Suggest() {
    }

    static String nearest(String key, Collection<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(key, k)))
                .filter(k -> distance(key, k) <= Math.max(2, key.length() / 3))
                .map(k -> "did you mean '" + k + "'?").orElse("the keys are those of briefgen's letters.en.properties");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
