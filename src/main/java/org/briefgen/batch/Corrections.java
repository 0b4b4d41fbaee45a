package org.briefgen.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.archive.ArchiveException;
import org.briefgen.archive.ArchiveMessages;
import org.briefgen.archive.IssuedLetter;
import org.briefgen.archive.rules.LetterDigest;
import org.briefgen.campaign.Recipient;

/**
 * What a correction rests on: which issued letters differ from what would be issued now, and the
 * recipients of the letters named for correction, checked before anything is written.
 */
final class Corrections {

    private final CampaignRun run;

    Corrections(CampaignRun run) {
        this.run = run;
    }

    /**
     * Whether the recipient's data or the templates now differ from what its letter was issued with;
     * a letter whose data digest is of a version this briefgen does not know is refused, not guessed.
     */
    boolean changed(IssuedLetter issued, Recipient recipient, String templatesSha256) {
        return switch (LetterDigest.compare(issued, run.merge(recipient, issued.sequence()))) {
            case SAME -> !issued.templatesSha256().equals(templatesSha256);
            case CHANGED -> true;
            case UNKNOWN_VERSION -> throw ArchiveMessages.unknownDigestVersion(issued);
        };
    }

    /**
     * The recipient of each letter to correct, by its reference: the letter is in the archive
     * ({@code issued}), belongs to this campaign, is not corrected yet, and its recipient is still in
     * the recipients table. {@code archive} describes the archive, for messages.
     */
    Map<String, Recipient> recipients(List<String> references, List<IssuedLetter> issued, String archive) {
        String campaign = run.data().campaign().id();
        Map<String, Recipient> corrections = new LinkedHashMap<>();
        for (String reference : references) {
            IssuedLetter letter = issued.stream().filter(l -> l.reference().equals(reference)).findFirst()
                    .orElseThrow(() -> ArchiveMessages.noSuchLetter(reference, archive));
            if (!letter.campaign().equals(campaign)) {
                throw new ArchiveException(reference + " belongs to campaign " + letter.campaign() + ", not "
                        + campaign + " (give that campaign's --data)");
            }
            if (letter.isFollowUp()) {
                throw new ArchiveException(reference + " is a follow-up (to " + letter.follows() + "), which --reissue"
                        + " cannot correct: correct " + letter.follows() + ", or issue the next round of follow-ups");
            }
            issued.stream().filter(l -> reference.equals(l.supersedes())).findFirst().ifPresent(newer -> {
                throw ArchiveMessages.alreadyCorrected(reference, newer.reference());
            });
            Recipient recipient = run.data().recipient(letter.recipientId())
                    .orElseThrow(() -> new ArchiveException(reference + " was issued to recipient '"
                            + letter.recipientId() + "', who is no longer in the recipients table"));
            if (corrections.put(reference, recipient) != null) {
                throw new ArchiveException(reference + " is named twice");
            }
        }
        return corrections;
    }
}
