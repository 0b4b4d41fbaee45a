package org.briefgen.archive;

import java.util.List;
import java.util.Optional;

/**
 * The store of issued correspondence: what was sent, to whom, when, by which deadline, with which
 * hashes, and the responses. Append-only: nothing recorded is ever changed; a correction is a new
 * row pointing at the one it corrects. Not thread-safe: one per thread, closed after use. Opened
 * through {@code archive.jdbc.Archives}.
 */
public interface Archive extends AutoCloseable {

    /**
     * Issues one letter, holding the archive's write lock throughout, so that concurrent runs never
     * share a reference: unless it corrects an earlier letter, a recipient who already has a letter
     * in the campaign gets none ({@link IssueOutcome.AlreadyIssued}); otherwise the letter takes
     * the campaign's next free sequence number, its files are written, hashed from disk and
     * recorded, and the row is committed.
     */
    default IssueOutcome issue(LetterIssue issue) {
        return issue(List.of(issue)).get(0);
    }

    /**
     * Issues several letters, in order, in one transaction, as {@link #issue(LetterIssue)} issues one:
     * every file of every letter is forced to the disk, and its folder synced, before the rows
     * commit together; if any letter fails, none is recorded.
     */
    List<IssueOutcome> issue(List<LetterIssue> issues);

    /** Records a response (or a correction or withdrawal of one), copying its file into the archive's folder. */
    Response respond(ResponseRequest request);

    /** Every letter, in the order issued. */
    List<IssuedLetter> letters();

    /** The archive read a page at a time, for a reader of every row: memory that does not grow with the archive. */
    ArchiveInPages pages();

    Optional<IssuedLetter> letter(String reference);

    /** Every row of the responses table, in the order recorded. */
    List<Response> responses();

    /**
     * Records delivery events in one transaction. A {@link DeliveryKind#SENDING} event is refused
     * ({@link ArchiveException}, nothing recorded) when its address is already settled (see
     * {@link DeliveryKind#settled()}), unless {@code resend} and it is not {@code sent}: judged under
     * the write lock, so a message is handed over at most once however many runs.
     */
    List<DeliveryRow> deliver(List<DeliveryEvent> events, boolean resend);

    /** Every row of the deliveries table, in the order recorded. */
    List<DeliveryRow> deliveries();

    /**
     * Records a reply as its letter's response (received on its Date, summarised by its subject, its
     * bytes kept under {@code responses/REF/}); false when a message with its Message-ID was recorded
     * before. A reply the archive cannot take (dated before the letter) is an {@link ArchiveException}.
     */
    boolean recordReply(IncomingMessage message);

    /** Records a bounce as a {@code bounced} delivery of each failed address; false when recorded before. */
    boolean recordBounce(IncomingMessage message);

    /** Every message recorded from an inbox, in the order recorded. */
    List<InboxRecord> inboxMessages();

    /**
     * Holds a message that names a letter but is not surely its company's reply in the review list
     * (its bytes kept under {@code responses/REF/}, with why it is held): it counts for nothing until an
     * officer decides. False when a message with its Message-ID was recorded or held before.
     */
    boolean holdForReview(IncomingMessage message);

    /**
     * An officer's decision on review list entry {@code entry}, recorded by name: confirmed, it is
     * recorded as its letter's response (received when the organisation received it) by
     * {@code officer}; else dismissed. A message is decided once: an unknown entry, or one decided
     * before, is an {@link ArchiveException}.
     */
    ReviewDecision decide(int entry, boolean confirm, Officer officer, String comment);

    /**
     * As {@link #decide} confirming, but recorded as the response to letter {@code reference}, chosen by the
     * officer (the message named another letter, or named it wrongly); an unknown letter is an
     * {@link ArchiveException} and nothing is recorded.
     */
    ReviewDecision attach(int entry, String reference, Officer officer, String comment);

    /** Every message ever held for review, in the order held (decided or not). */
    List<ReviewMessage> reviewMessages();

    /** Every decision on the review list, in the order recorded. */
    List<ReviewDecision> reviewDecisions();

    /**
     * Sets aside an inbox message that named no letter ({@code reason}: why), by {@code officer}, with an
     * optional {@code comment}: recorded once by its Message-ID. One set aside before, or recorded against a
     * letter or held for review, is an {@link ArchiveException}.
     */
    DismissedMessage dismiss(String messageId, String sender, String subject, String reason, Officer officer,
            String comment);

    /** Every inbox message set aside, in the order set aside. */
    List<DismissedMessage> dismissedMessages();

    /** Where a recorded file is on this machine. */
    java.nio.file.Path file(RecordedFile file);

    /**
     * Recomputes every recorded file's hash, on disk and as the archive keeps it, and every table's hash
     * chain, and compares the ends of the chains with every anchor of this archive in the output folder.
     */
    default Verification verify() {
        return verify(null);
    }

    /**
     * As {@link #verify()}, and compares the chains with {@code expectedHead} too (a head a user kept,
     * as {@link ArchiveHead#text()} gives it, or its digest alone when an anchor has it; null for none).
     *
     * @throws ArchiveException when {@code expectedHead} is no head, or a digest no anchor has
     */
    Verification verify(String expectedHead);

    /** The ends of the archive's chains now: what an anchor, a publication and an export record. */
    ArchiveHead head();

    /**
     * Records officer {@code name} with {@code password}, kept only as a slow salted hash; a name
     * already there gets a new password (a new row: the latest counts). The caller clears {@code password}.
     */
    default void addOfficer(String name, char[] password) {
        addOfficer(name, password, null);
    }

    /** As {@link #addOfficer(String, char[])}, with {@code role} (null: the officer's role so far, else officer). */
    void addOfficer(String name, char[] password, org.briefgen.approval.Role role);

    /** Gives officer {@code name} (who must exist) {@code role}: recorded in the officers' chain. */
    void setRole(String name, org.briefgen.approval.Role role);

    /** Each officer's current role, by name, in the order first recorded (empty: no accounts). */
    java.util.Map<String, org.briefgen.approval.Role> roles();

    /**
     * Records an approval or a rejection (made by {@link org.briefgen.approval.Decision#of}) in the
     * approvals chain, with its letters' words ({@code texts}: the text each
     * {@link org.briefgen.approval.Candidate#textSha256} names, kept once each, in the same transaction),
     * and returns it as recorded: its entry, time and hashes.
     */
    org.briefgen.approval.Decision recordApproval(org.briefgen.approval.Decision decision,
            java.util.function.Function<String, Optional<String>> texts);

    /**
     * Every approval and rejection, in the order recorded, given to {@code each} one at a time (a decision
     * may name every letter of a campaign: none is kept once {@code each} returns).
     */
    void approvals(java.util.function.Consumer<org.briefgen.approval.Decision> each);

    /** The words of {@code letter} as an approval recorded them (kept inline by older approvals), if the archive has them. */
    default Optional<String> approvedText(org.briefgen.approval.Candidate letter) {
        if (letter.text() != null) {
            return Optional.of(letter.text());
        }
        return letter.textSha256() == null ? Optional.empty() : storedCopy(letter.textSha256()).map(
                bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Officer {@code name}'s own e-mail address ({@code briefgen user email}), if one was recorded. */
    Optional<String> officerAddress(String name);

    /** Records {@code address} as officer {@code name}'s own; the caller has checked that it is an address. */
    void setOfficerAddress(String name, String address);

    /** Whether {@code password} is officer {@code name}'s current one (false for an unknown name). */
    boolean checkOfficer(String name, char[] password);

    /** The officers' names, once each. */
    List<String> officers();

    /** Whether the archive keeps the bytes of the files it records. */
    boolean storesFiles();

    /** The archive's own copy of the file with {@code sha256}, when it keeps one (see {@link #storesFiles()}). */
    Optional<byte[]> storedCopy(String sha256);

    /** The database file or URL, for messages. */
    String describe();

    @Override
    void close();
}
