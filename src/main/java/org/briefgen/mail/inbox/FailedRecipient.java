package org.briefgen.mail.inbox;

/**
 * An address a delivery report says failed: the address as we sent to it (Original-Recipient, else
 * Final-Recipient), its status code ("5.1.1", empty if none) and the server's diagnostic (may be empty).
 */
public record FailedRecipient(String address, String status, String diagnostic) {
}
