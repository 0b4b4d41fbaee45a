package org.briefgen.merge;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.briefgen.campaign.Survey;
import org.briefgen.i18n.Messages;

/**
 * The pollster's conventional methodology statement, written from a survey's metadata in a letter's
 * language: "All figures, unless otherwise stated, are from YouGov Plc. Total sample size was 2072
 * adults. Fieldwork was undertaken between 7th – 8th November 2019. …"
 */
public final class MethodologyNote {

    private static final Messages ENGLISH = Messages.builtIn("en-GB");
    /**
     * The statements made so far, by survey and language (the objects themselves: a campaign's letters share
     * them), at most {@link #KEPT}: every letter of a campaign states the same survey's methodology, and ICU's
     * formatting of its seven sentences was a share of preparing each letter.
     */
    private static final Map<Key, String> MADE = new ConcurrentHashMap<>();
    private static final int KEPT = 64;

    private MethodologyNote() {
    }

    /** The statement in English. */
    public static String of(Survey s) {
        return of(s, ENGLISH);
    }

    /** The statement in the language of {@code m} (the survey's words as given: translate them first). */
    public static String of(Survey s, Messages m) {
        Key key = new Key(s, m);
        String made = MADE.get(key);
        if (made == null) {
            made = make(s, m);
            if (MADE.size() >= KEPT) {
                MADE.clear();
            }
            MADE.put(key, made);
        }
        return made;
    }

    /** A survey and a language, as objects (compared by identity: equal ones made anew are merely not found). */
    private record Key(Survey survey, Messages messages) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.survey == survey && k.messages == messages;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(survey) + System.identityHashCode(messages);
        }
    }

    private static String make(Survey s, Messages m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.text("methodology.source", "pollster", s.pollster())).append(' ');
        sb.append(m.text("methodology.sample", "size", s.sampleSize(), "unit", s.sampleUnit())).append(' ');
        if (s.fieldworkStart().equals(s.fieldworkEnd())) {
            sb.append(m.text("methodology.day", "day", m.ordinalDate(s.fieldworkStart()))).append(' ');
        } else {
            String[] range = range(s.fieldworkStart(), s.fieldworkEnd(), m);
            sb.append(m.text("methodology.range", "start", range[0], "end", range[1])).append(' ');
        }
        sb.append(m.text("methodology.mode", "mode", s.mode()));
        sb.append(' ').append(s.weighted() ? m.text("methodology.weighted", "population", s.population())
                : m.text("methodology.unweighted"));
        if (s.sourceUrl() != null) {
            sb.append(' ').append(m.text("methodology.results", "url", s.sourceUrl()));
        }
        return sb.toString();
    }

    /** "7th – 8th November 2019", "28th October – 3rd November 2019", "30th December 2019 – 2nd January 2020". */
    static String range(LocalDate start, LocalDate end) {
        String[] range = range(start, end, ENGLISH);
        return range[0] + " \u2013 " + range[1];
    }

    private static String[] range(LocalDate start, LocalDate end, Messages m) {
        String first;
        if (start.getYear() != end.getYear()) {
            first = m.ordinalDate(start);
        } else if (start.getMonth() != end.getMonth()) {
            first = m.ordinalDayMonth(start);
        } else {
            first = m.ordinalDay(start);
        }
        return new String[] {first, m.ordinalDate(end)};
    }

    static String day(LocalDate date) {
        return ENGLISH.ordinalDate(date);
    }

    static String ordinal(int day) {
        return ENGLISH.text("date.ordinal.day", "day", day);
    }
}
