package org.briefgen.cli.mail;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.batch.Campaigns;
import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.Recipient;
import org.briefgen.failure.UserError;
import org.briefgen.mail.inbox.ReplyTrust;

/** The more domains each recipient answers from, by campaign and recipient id, from a campaign's recipients table. */
final class ReplyDomains {

    private ReplyDomains() {
    }

    /**
     * The {@code reply_domains} of the campaign in {@code data}; with {@code data} null, of the campaign
     * in {@code data/} when there is one (said on {@code err} and passed over when it cannot be read), else
     * none. A campaign given that cannot be read is a {@code DataException}.
     */
    static Map<String, List<String>> of(Campaigns campaigns, Path data, PrintWriter err) {
        Path folder = data != null ? data : Path.of("data");
        if (data == null && !Files.isDirectory(folder)) {
            return Map.of();
        }
        try {
            return of(campaigns.load(folder, true));
        } catch (UserError e) {
            if (data != null) {
                throw e;
            }
            // the folder was not asked for: the inbox is still read, believing only the addresses written to
            err.println("note: " + folder + " cannot be read as a campaign (" + e.messages().get(0) + "): no"
                    + " reply_domains are used; give --data DIR");
            return Map.of();
        }
    }

    /** The {@code reply_domains} of {@code campaign}'s recipients. */
    static Map<String, List<String>> of(CampaignData campaign) {
        Map<String, List<String>> domains = new HashMap<>();
        for (Recipient r : campaign.recipients()) {
            if (!r.replyDomains().isEmpty()) {
                domains.put(ReplyTrust.key(campaign.campaign().id(), r.id()), r.replyDomains());
            }
        }
        return domains;
    }
}
