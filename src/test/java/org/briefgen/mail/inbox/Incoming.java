package org.briefgen.mail.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Incoming messages written as their bytes: replies, delivery reports (RFC 3464), strangers. */
final class Incoming {

    static final String LETTER_ID = "<CE-2020-001.1f3a5b7c9d0e2f41@privacyinternational.org>";
    static final String OTHER_LETTER_ID = "<CE-2020-003.aa11bb22cc33dd44@privacyinternational.org>";

    private Incoming() {
    }

    static InboxMessage of(String text) {
        return new InboxMessage("test.eml", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), null);
    }

    static InboxMessage of(String text, Instant arrived) {
        return new InboxMessage("test.eml", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), arrived);
    }

    /** The letter {@code reference} as written to the reply's sender, dpo@amazon.example (domain amazon.example). */
    static OurLetter letter(String reference, String messageId) {
        return new OurLetter(reference, messageId, java.util.List.of("dpo@amazon.example"), java.util.List.of(
                "amazon.example"), "Amazon");
    }

    /** A reply from dpo@amazon.example as the organisation's server stored it: its Received: on top, 3 s after its Date:. */
    static String reply(String extraHeaders, String subject) {
        return """
                Received: from mail.amazon.example by mx.privacyinternational.org; Tue, 14 Jan 2020 10:15:03 +0000
                From: Data Protection Officer <dpo@amazon.example>
                To: info@privacyinternational.org
                Subject: %s
                Date: Tue, 14 Jan 2020 10:15:00 +0000
                Message-ID: <reply-1@amazon.example>
                %sMIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Thank you for your letter. We will respond in full.
                """.formatted(subject, extraHeaders);
    }

    /** A delivery report (as Postfix writes one) of a failed delivery to {@code address}, returning the message {@code returnedId}. */
    static String bounce(String address, String action, String returnedId, String returnedSubject) {
        return """
                From: MAILER-DAEMON@mx.privacyinternational.org (Mail Delivery System)
                To: info@privacyinternational.org
                Subject: Undelivered Mail Returned to Sender
                Date: Wed, 8 Jan 2020 09:00:05 +0000
                Message-ID: <20200108090005.ABC123@mx.privacyinternational.org>
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status;
                \tboundary="ABC123.1578474005/mx.privacyinternational.org"

                This is a MIME-encapsulated message.

                --ABC123.1578474005/mx.privacyinternational.org
                Content-Description: Notification
                Content-Type: text/plain; charset=us-ascii

                I'm sorry to have to inform you that your message could not
                be delivered to one or more recipients.

                <%1$s>: host mx.acme.example said: 550 5.1.1 User unknown

                --ABC123.1578474005/mx.privacyinternational.org
                Content-Description: Delivery report
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.privacyinternational.org
                X-Postfix-Queue-ID: ABC123
                Arrival-Date: Wed,  8 Jan 2020 09:00:01 +0000 (UTC)

                Final-Recipient: rfc822; %1$s
                Original-Recipient: rfc822;%1$s
                Action: %2$s
                Status: 5.1.1
                Remote-MTA: dns; mx.acme.example
                Diagnostic-Code: smtp; 550 5.1.1 User unknown

                Final-Recipient: rfc822; copy@acme.example
                Action: delivered
                Status: 2.0.0

                --ABC123.1578474005/mx.privacyinternational.org
                Content-Description: Undelivered Message
                Content-Type: message/rfc822

                From: Privacy International <info@privacyinternational.org>
                To: %1$s
                Subject: %4$s
                Date: Tue, 7 Jan 2020 09:00:00 +0000
                Message-ID: %3$s
                MIME-Version: 1.0
                Content-Type: text/plain

                Dear company, please respond.

                --ABC123.1578474005/mx.privacyinternational.org--
                """.formatted(address, action, returnedId, returnedSubject);
    }
}
