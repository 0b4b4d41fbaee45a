package org.briefgen.batch;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.briefgen.archive.IssuedLetter;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/**
 * The references the archive will give the next letters, as it gives them: the campaign's
 * highest sequence number plus one, on, skipping references taken anywhere in the archive.
 */
final class References {

    private final CampaignRun run;
    private final Set<String> taken = new HashSet<>();
    private int last;

    /** The references after the letters {@code issued} so far (in every campaign of the archive). */
    References(CampaignRun run, List<IssuedLetter> issued) {
        this.run = run;
        String campaign = run.data().campaign().id();
        for (IssuedLetter l : issued) {
            taken.add(l.reference());
            if (l.campaign().equals(campaign)) {
                last = Math.max(last, l.sequence());
            }
        }
    }

    /** The next letter, to {@code recipient}, merged with the reference it will have. */
    LetterContext next(Recipient recipient) {
        int sequence = last + 1;
        LetterContext context = run.merge(recipient, sequence);
        while (taken.contains(context.letter().reference())) {
            context = run.merge(recipient, ++sequence);
        }
        taken.add(context.letter().reference());
        last = sequence;
        return context;
    }
}
