package org.briefgen.web.explain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Finding;
import org.briefgen.campaign.Recipient;
import org.briefgen.merge.Merger;

/**
 * The letters' problems, as {@code validate} reports them ("PLACE: PROBLEM for recipient 'ID' (FILE line N)",
 * or "recipient 'ID' (FILE line N): PROBLEM"), told in plain words: whose letter, and why, before where. A
 * recipient none of whose products a finding names is said so, with the row and the products the findings do
 * name, whatever the template's words for it.
 */
public final class Explanations {

    /** The recipient a problem names, as the batch writes it; and how many others share a template's fault. */
    private static final Pattern WHO = Pattern.compile(
            "recipient '([^']+)' \\(([^)]*) line ([0-9]+)\\)(?: and ([0-9]+) other recipients?)?");
    /** A place at the start of a problem: "templates/letter.md.ftl:7:1: ". */
    private static final Pattern PLACE = Pattern.compile("^(\\S+?:[0-9]+(?::[0-9]+)?): ");

    private final Map<String, Recipient> recipients;
    private final Merger merger;
    private final String named;

    public Explanations(CampaignData data) {
        this.recipients = data.recipients().stream().collect(Collectors.toMap(Recipient::id, Function.identity(), (
                a, b) -> a));
        this.merger = new Merger(data);
        this.named = String.join(", ", data.findings().stream().map(Finding::product).filter(Objects::nonNull)
                .distinct().sorted().map(p -> "'" + p + "'").toList());
    }

    /** Each problem in plain words. */
    public List<Explained> of(List<String> problems) {
        return problems.stream().map(this::of).toList();
    }

    /** One problem in plain words; one that names no recipient is a fault of the whole campaign. */
    public Explained of(String problem) {
        Matcher who = WHO.matcher(problem);
        Matcher place = PLACE.matcher(problem);
        String where = place.find() ? place.group(1) : "";
        if (!who.find() || !recipients.containsKey(who.group(1))) {
            return new Explained("No letter can be made: " + plain(problem, where, null) + ".", where, problem);
        }
        Recipient r = recipients.get(who.group(1));
        String row = who.group(2) + " line " + who.group(3);
        int others = who.group(4) == null ? 0 : Integer.parseInt(who.group(4));
        String whose = others == 0 ? r.company() + "'s letter cannot be made"
                : (others + 1) + " letters cannot be made ("
                        + r.company() + "'s and " + others + " other" + (others == 1 ? "" : "s") + ")";
        if (others == 0 && merger.findingsOf(r).isEmpty()) {
            return new Explained(whose + ": " + products(r) + ".", row + ", the products column (the findings name "
                    + named + ")", problem);
        }
        return new Explained(whose + ": " + plain(problem, where, who.group()) + ".", where.isEmpty() ? row : where,
                problem);
    }

    /** Why, without the place or the recipient: what is left of the technical text. */
    private static String plain(String problem, String where, String who) {
        String text = where.isEmpty() ? problem : problem.substring(where.length() + 2);
        if (who != null) {
            text = text.replace(" for " + who, "").replace(who + ": ", "");
        }
        return Optional.of(text.strip()).filter(t -> !t.isEmpty()).orElse(problem);
    }

    private static String products(Recipient r) {
        List<String> products = r.products().stream().map(p -> "'" + p + "'").toList();
        return switch (products.size()) {
            case 0 -> "it has no product, and no research finding names it";
            case 1 -> "its product " + products.get(0) + " has no research finding";
            default -> "its products " + String.join(", ", products.subList(0, products.size() - 1)) + " and "
                    + products.get(products.size() - 1) + " have no research finding";
        };
    }
}
