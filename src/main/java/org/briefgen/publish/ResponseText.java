package org.briefgen.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sentences that say what became of a company's letter: the same on its page and in the report. */
final class ResponseText {

    private ResponseText() {
    }

    static List<String> paragraphs(CompanyPage c, LocalDate asOf) {
        CompanyRecord r = c.record();
        List<String> out = new ArrayList<>();
        switch (r.outcome()) {
            case RESPONDED, RESPONDED_LATE -> {
                LocalDate received = r.response().received();
                if (r.notForPublication()) {
                    out.add(Labels.get("company.private", Labels.date(received)));
                } else {
                    out.add(Labels.get("company.received", Labels.date(received), Labels.days(SitePages.daysAfter(r
                            .letter(), received))));
                }
                if (r.outcome() == Outcome.RESPONDED_LATE) {
                    out.add(Labels.get("company.late", Labels.date(r.deadline())));
                }
                if (!r.notForPublication()) {
                    if (c.withheld() != null) {
                        out.add(c.withheld());
                    } else if (c.reply() == null && c.responseFile() == null) {
                        out.add(Labels.get("company.responseNone"));
                    }
                    if (c.redacted() && (c.summary() != null || c.reply() != null || c.responseFile() != null)) {
                        out.add(Labels.get("company.redacted"));
                    }
                }
            }
            case DID_NOT_RESPOND -> out.add(Labels.get("company.silent", Labels.date(r.lastDeadline())));
            case AWAITING -> out.add(Labels.get("company.awaiting", Labels.date(r.lastDeadline()), Labels.date(asOf)));
            case NOT_DELIVERED -> out.add(Labels.get("company.undelivered"));
        }
        return out;
    }
}
