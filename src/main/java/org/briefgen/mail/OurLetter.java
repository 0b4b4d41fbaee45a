package org.briefgen.mail;

import java.util.Objects;

/** One of our letters as replies name it: its reference and the Message-ID of its e-mail (null if it had none). */
public record OurLetter(String reference, String messageId) {

    public OurLetter {
        Objects.requireNonNull(reference, "reference");
    }
}
