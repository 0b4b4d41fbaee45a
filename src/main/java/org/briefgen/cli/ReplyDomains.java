package org.briefgen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.campaign.CampaignData;
import org.briefgen.campaign.CampaignLoader;
import org.briefgen.campaign.Recipient;
import org.briefgen.mail.ReplyTrust;

/** The more domains each recipient answers from, by campaign and recipient id, from a campaign's recipients table. */
final class ReplyDomains {

    private ReplyDomains() {
    }

    /**
     * The {@code reply_domains} of the campaign in {@code data}; with {@code data} null, of the campaign
     * in {@code data/} when there is one, else none. A campaign that cannot be read is a {@code DataException}.
     */
    static Map<String, List<String>> of(Path data) {
        Path folder = data != null ? data : Path.of("data");
        if (data == null && !Files.isDirectory(folder)) {
            return Map.of();
        }
        return of(new CampaignLoader(LocalDate.now()).load(folder, true));
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
