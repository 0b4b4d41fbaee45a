package org.briefgen.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.campaign.Recipient;

/**
 * A recipient whose letter cannot be made: either a fault in a template (its {@code place} and
 * problem, which many recipients may share) or a fault of this letter alone ({@code detail}).
 */
public record Failure(Recipient recipient, String placeAndProblem, String detail) {

    /** "recipient 'x' (data/recipients.csv line 3)". */
    public String who() {
        return "recipient '" + recipient.id() + "' (" + recipient.source() + " line " + recipient.line() + ")";
    }

    /** One line for the failures report and the run's output. */
    public String message() {
        return placeAndProblem != null ? placeAndProblem + " for " + who() : who() + ": " + detail;
    }

    /**
     * The failures as a user reads them: one line per fault, a template fault shared by many
     * recipients said once, naming the first and counting the others.
     */
    static List<String> messages(List<Failure> failures) {
        List<String> messages = new ArrayList<>();
        Map<String, List<Failure>> shared = new LinkedHashMap<>();
        for (Failure f : failures) {
            if (f.placeAndProblem() == null) {
                messages.add(f.message());
            } else {
                shared.computeIfAbsent(f.placeAndProblem(), k -> new ArrayList<>()).add(f);
            }
        }
        shared.forEach((fault, cases) -> messages.add(fault + " for " + cases.get(0).who()
                + (cases.size() == 1 ? "" : " and " + (cases.size() - 1) + " other recipient"
                        + (cases.size() == 2 ? "" : "s"))));
        return messages;
    }
}
