package org.briefgen.campaign;

/**
 * Whether a campaign's letters are issued only under another officer's approval: campaign.yaml's
 * {@code approval:}, {@code none} (the default) or {@code required}.
 */
public enum ApprovalPolicy {
    NONE,
    REQUIRED
}
