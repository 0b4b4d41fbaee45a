package org.briefgen.archive.jdbc;

import java.util.ArrayList;
import java.util.List;

import org.briefgen.campaign.Recipient;
import org.briefgen.merge.LetterContext;

/** How a letter reaches its recipient, as the archive records it: "email a@b.org; Twitter @handle; post". */
final class Channels {

    private Channels() {
    }

    static String of(LetterContext context) {
        Recipient r = context.recipient();
        List<String> channels = new ArrayList<>();
        r.emails().forEach(e -> channels.add("email " + e));
        if (r.handle() != null) {
            channels.add(context.campaign().platform() + " " + r.handle());
        }
        if (!r.address().isEmpty()) {
            channels.add("post " + String.join(", ", r.address()));
        }
        return String.join("; ", channels);
    }
}
