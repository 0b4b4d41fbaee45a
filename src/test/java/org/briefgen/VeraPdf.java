package org.briefgen;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs with veraPDF, the PDF Association's reference validator. */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} fails for {@code flavour}, as "rule id: description (count)"; empty when
     * it passes.
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            Map<String, Integer> counts = new TreeMap<>();
            Map<String, String> descriptions = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String id = a.getRuleId().getSpecification() + " " + a.getRuleId().getClause() + "-"
                            + a.getRuleId().getTestNumber();
                    counts.merge(id, 1, Integer::sum);
                    descriptions.putIfAbsent(id, a.getMessage());
                }
            }
            return counts.entrySet().stream()
                    .map(e -> e.getKey() + ": " + descriptions.get(e.getKey()) + " (" + e.getValue() + "x)").toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e, e);
        }
    }
}
