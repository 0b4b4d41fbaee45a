package org.briefgen.campaign;

/** Who signs the letter; {@code role} may be null. */
public record Signatory(String name, String role, String organisation) {
}
