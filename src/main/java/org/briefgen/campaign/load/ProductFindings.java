package org.briefgen.campaign.load;

import java.util.List;
import java.util.Objects;

import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Problem;
import org.briefgen.campaign.Recipient;

/**
 * A product of a recipient that no research finding names, while another of its products has one: its letter
 * is made, about the others, and would leave this one out without a word. Each is a warning at the recipient's
 * row, with the products the findings do name (a recipient none of whose products has a finding is an error
 * of its own: its letter cannot be made).
 */
final class ProductFindings {

    private ProductFindings() {
    }

    static void warn(List<Finding> findings, List<Recipient> recipients, Problems problems) {
        String named = String.join(", ", findings.stream().map(Finding::product).filter(Objects::nonNull).distinct()
                .sorted().map(p -> "'" + p + "'").toList());
        for (Recipient r : recipients) {
            // the findings its letter cites, as the merge chooses them
            List<Finding> cited = findings.stream().filter(f -> f.recipients().isEmpty() ? r.products().stream()
                    .anyMatch(p -> p.equalsIgnoreCase(f.product())) : f.recipients().contains(r.id())).toList();
            if (cited.isEmpty()) {
                continue;
            }
            for (String product : r.products()) {
                if (cited.stream().noneMatch(f -> product.equalsIgnoreCase(f.product()))) {
                    problems.warn(Problem.at(r.source(), r.line(), 0, "recipient '" + r.id() + "' has the product '"
                            + product + "', which no research finding names: its letter leaves it out").withHint(
                                    "the findings name " + named));
                }
            }
        }
    }
}
