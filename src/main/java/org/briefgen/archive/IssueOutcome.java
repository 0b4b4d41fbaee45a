package org.briefgen.archive;

/** What {@link Archive#issue} did: issued a new letter, or found the recipient's letter already issued. */
public sealed interface IssueOutcome {

    IssuedLetter letter();

    /** A new letter: its files are in place and its row is committed. */
    record Issued(IssuedLetter letter) implements IssueOutcome {
    }

    /** Nothing was written: {@code letter} is the recipient's letter issued before (its latest correction). */
    record AlreadyIssued(IssuedLetter letter) implements IssueOutcome {
    }
}
