package org.briefgen.publish;

import java.util.List;

/**
 * One company as the publication shows it, ready to print: its {@code record}, its page's name
 * ({@code companies/….html}), the copies made under the publication's folder (paths relative to it,
 * null when none), and what of the response may be shown: its {@code summary} and {@code reply}
 * text (redacted as asked; both null when not for publication), and, when the response's file is
 * not copied, the sentence saying why ({@code withheld}), else null.
 */
record CompanyPage(CompanyRecord record, String page, String letterFile, List<String> followUpFiles,
        String summary, ReplyText reply, String responseFile, String withheld, boolean redacted) {

    CompanyPage {
        followUpFiles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(followUpFiles));
    }

    /** The same without the summary and the reply's text, once the company's page is written (the index needs neither). */
    CompanyPage withoutTexts() {
        return new CompanyPage(record, page, letterFile, followUpFiles, null, null, responseFile, withheld, redacted);
    }
}
