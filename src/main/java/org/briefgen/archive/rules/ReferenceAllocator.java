package org.briefgen.archive.rules;

import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.merge.LetterContext;

/**
 * Gives a new letter its reference, by the archive's one rule: the campaign's highest sequence
 * number plus one, on, skipping references taken anywhere in the archive. The archive applies the
 * rule as it issues; a plan or a dry run makes an allocator over the letters it has read, to know
 * the references the archive will give. Not thread-safe.
 */
public final class ReferenceAllocator {

    /** Every reference taken: the archive's, then this allocator's (held packed: one a letter of a run). */
    private final TextSet taken = new TextSet();
    private int last;

    /**
     * The references an archive holding {@code issued} will give {@code campaign}'s next letters, in turn;
     * {@code issued} is walked once (it may be read a page at a time).
     */
    public ReferenceAllocator(String campaign, Iterable<IssuedLetter> issued) {
        this(campaign, issued, letter -> {
        });
    }

    /**
     * As {@link #ReferenceAllocator(String, Iterable)}, handing each letter of {@code issued} to {@code each}
     * as it is walked: a caller that needs something else of the letters reads them once, not twice.
     */
    public ReferenceAllocator(String campaign, Iterable<IssuedLetter> issued, Consumer<IssuedLetter> each) {
        for (IssuedLetter l : issued) {
            each.accept(l);
            taken.add(l.reference());
            if (l.campaign().equals(campaign)) {
                last = Math.max(last, l.sequence());
            }
        }
    }

    /**
     * The next letter, merged by {@code merge} (from its sequence number) with the reference it will
     * have; the letters after it count its reference as taken.
     *
     * @throws ArchiveException when the campaign's reference pattern gives a taken reference whatever the sequence
     */
    public LetterContext next(IntFunction<LetterContext> merge) {
        LetterContext context = allocate(last, taken::contains, merge);
        taken.add(context.letter().reference());
        last = context.letter().sequence();
        return context;
    }

    /**
     * The rule itself, over the campaign's highest sequence number so far ({@code lastSequence}, 0
     * when it has none) and the references {@code taken}: the letter merged with the first free one.
     */
    public static LetterContext allocate(int lastSequence, Predicate<String> taken, IntFunction<LetterContext> merge) {
        int sequence = lastSequence + 1;
        LetterContext context = merge.apply(sequence);
        while (taken.test(context.letter().reference())) {
            LetterContext next = merge.apply(++sequence);
            if (next.letter().reference().equals(context.letter().reference())) {
                throw ArchiveMessages.patternWithoutSequence(context.letter().reference(),
                        context.campaign().referencePattern());
            }
            context = next;
        }
        return context;
    }
}
