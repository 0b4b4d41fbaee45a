package org.briefgen.campaign;

import java.util.Locale;

import org.briefgen.campaign.load.Fields;

/**
 * Whether a campaign's letters are issued only under another officer's approval: campaign.yaml's
 * {@code approval:}, {@code none} (the default) or {@code required}.
 */
public enum ApprovalPolicy {
    NONE,
    REQUIRED;

    /** The {@code approval} key of {@code c}, reporting a value that is neither. */
    static ApprovalPolicy read(Fields c) {
        String value = c.optText("approval").orElse("none");
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "required" -> REQUIRED;
            default -> {
                c.report(c.problemAt("approval", "expected none or required, found '" + value + "'"));
                yield NONE;
            }
        };
    }
}
