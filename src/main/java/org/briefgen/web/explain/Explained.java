package org.briefgen.web.explain;

/**
 * A problem as an officer reads it: one {@code sentence} in plain words first ("Amazon UK's letter cannot be
 * made: its product 'Amazon Echo' has no research finding"), then the {@code place} to put it right, then the
 * {@code technical} text as {@code validate} writes it.
 */
public record Explained(String sentence, String place, String technical) {
}
