package org.briefgen.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * What a follow-up's template may print about the letters it chases: its {@code round} (1 for the
 * first reminder), the {@code original} letter, and the {@code earlier} follow-ups in order (none in
 * round 1). The letter it chases is the last of them: {@link #chased()}.
 */
public record FollowUp(int round, Cited original, List<Cited> earlier) {

    public FollowUp {
        earlier = List.copyOf(earlier);
    }

    /** A letter as the archive issued it: its reference, date and deadline. */
    public record Cited(String reference, LetterDate date, LetterDate deadline) {

        Cited in(org.briefgen.i18n.Messages words) {
            return new Cited(reference, LetterDate.of(date.date(), words), LetterDate.of(deadline.date(), words));
        }
    }

    /** A letter recorded with {@code reference}, dated {@code date}, due {@code deadline}, as the follow-up cites it. */
    public record Request(String reference, LocalDate date, LocalDate deadline) {
    }

    /** The same follow-up with its dates written in the language of {@code words}. */
    FollowUp in(org.briefgen.i18n.Messages words) {
        return new FollowUp(round, original.in(words), earlier.stream().map(c -> c.in(words)).toList());
    }

    /** The letter this follow-up chases: the original in round 1, else the follow-up before it. */
    public Cited chased() {
        return earlier.isEmpty() ? original : earlier.get(earlier.size() - 1);
    }
}
