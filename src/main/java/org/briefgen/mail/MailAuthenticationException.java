package org.briefgen.mail;

/** The server refused our login: the run stops at once, since every later message would be refused too. */
public final class MailAuthenticationException extends MailException {

    public MailAuthenticationException(String message, String outcome) {
        super(message, outcome);
    }
}
