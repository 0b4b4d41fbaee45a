package org.briefgen.campaign;

/** Words quoted as evidence: the text, who said it, and where (source may be null). */
public record Quotation(String text, String attribution, String source) {
}
