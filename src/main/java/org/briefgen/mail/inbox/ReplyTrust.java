package org.briefgen.mail.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whom the inbox believes, beside the addresses each letter was sent to: the organisation's
 * receiving servers by the authserv-id of the Authentication-Results headers they add (empty: the
 * topmost such header counts), and more domains each recipient answers from (the recipients table's
 * {@code reply_domains}), by {@link #key(String, String) campaign and recipient id}.
 */
public record ReplyTrust(List<String> authservIds, Map<String, List<String>> replyDomains) {

    public ReplyTrust {
        authservIds = authservIds == null ? List.of() : authservIds.stream().map(a -> a.strip().toLowerCase(
                Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
        replyDomains = replyDomains == null ? Map.of() : Map.copyOf(replyDomains);
    }

    /** Only the addresses written to and their domains; the topmost Authentication-Results header. */
    public static ReplyTrust none() {
        return new ReplyTrust(List.of(), Map.of());
    }

    /** The key of a recipient's domains: its campaign's id and its own. */
    public static String key(String campaign, String recipientId) {
        return campaign + "/" + recipientId;
    }

    /** The more domains recipient {@code recipientId} of {@code campaign} answers from (empty when none). */
    List<String> domainsOf(String campaign, String recipientId) {
        return replyDomains.getOrDefault(key(campaign, recipientId), List.of());
    }
}
