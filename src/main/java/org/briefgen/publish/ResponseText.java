package org.briefgen.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The sentences that say what became of a company's letter: the same on its page and in the report. */
final class ResponseText {

    private ResponseText() {
    }

    static List<String> paragraphs(CompanyPage c, LocalDate asOf, Labels labels) {
        CompanyRecord r = c.record();
        List<String> out = new ArrayList<>();
        switch (r.outcome()) {
            case RESPONDED, RESPONDED_LATE -> {
                LocalDate received = r.response().received();
                if (r.notForPublication()) {
                    out.add(labels.get("company.private", "date", labels.date(received)));
                } else {
                    out.add(labels.get("company.received", "date", labels.date(received), "days", (SitePages.daysAfter(r
                            .letter(), received))));
                }
                if (r.outcome() == Outcome.RESPONDED_LATE) {
                    out.add(labels.get("company.late", "deadline", labels.date(r.deadline())));
                }
                if (!r.notForPublication()) {
                    if (c.withheld() != null) {
                        out.add(c.withheld());
                    } else if (c.reply() == null && c.responseFile() == null) {
                        out.add(labels.get("company.responseNone"));
                    }
                    if (c.redacted() && (c.summary() != null || c.reply() != null || c.responseFile() != null)) {
                        out.add(labels.get("company.redacted"));
                    }
                }
            }
            case DID_NOT_RESPOND -> out.add(labels.get("company.silent", "date", labels.date(r.lastDeadline())));
            case AWAITING -> out.add(labels.get("company.awaiting", "deadline", labels.date(r.lastDeadline()),
                    "date", labels.date(asOf)));
            case NOT_DELIVERED -> out.add(labels.get("company.undelivered"));
        }
        return out;
    }
}
