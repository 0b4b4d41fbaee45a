package org.briefgen.archive.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.IssuedLetter;

/**
 * Letters that belong together: a letter, the corrections that replaced it and the follow-ups that
 * chased any of them. A response recorded against one of them answers them all.
 */
final class Threads {

    private final Map<String, String> parent = new HashMap<>();

    private Threads() {
    }

    static Threads of(List<IssuedLetter> letters) {
        Threads threads = new Threads();
        for (IssuedLetter l : letters) {
            threads.join(l.reference(), l.supersedes());
            threads.join(l.reference(), l.follows());
        }
        return threads;
    }

    private void join(String a, String b) {
        if (b != null) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }

    /** The thread's first letter: the same for every letter of one thread. */
    String root(String reference) {
        String at = reference;
        for (String up = parent.get(at); up != null; up = parent.get(at)) {
            at = up;
        }
        return at;
    }
}
