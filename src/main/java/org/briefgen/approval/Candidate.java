package org.briefgen.approval;

/**
 * One letter as it would be issued now, as an approval records it: its recipient, the reference it
 * would take, what it corrects or chases (else null), the SHA-256 of its rendered files (names and
 * bytes: output is reproducible, so equal digests are the same letter), and of the three things it is
 * made from (the recipient's data, the templates, the house style), which say what changed when the
 * files differ; {@code textSha256} names the letter's words, kept once each in the archive for a later
 * comparison. {@code text} is the words themselves as approvals recorded before 6 December 2026 kept
 * them, inline (null otherwise).
 */
public record Candidate(String recipientId, String company, String reference, String supersedes, String follows,
        String filesSha256, String dataSha256, String templatesSha256, String styleSha256, String textSha256,
        String text) {

    /** Which letter this is, whatever its content: the recipient's first letter, a correction of a letter, or a follow-up to one. */
    public String key() {
        return recipientId + (supersedes != null ? " corrects " + supersedes : "")
                + (follows != null ? " follows " + follows : "");
    }

    /** The letter in a message: "CE-2020-004 (Amazon UK)", with what it corrects or chases. */
    public String describe() {
        return reference + " (" + company + ")" + (supersedes != null ? ", correcting " + supersedes : "")
                + (follows != null ? ", following up " + follows : "");
    }
}
