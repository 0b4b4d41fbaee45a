package org.briefgen.mail.send;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.briefgen.mail.DisplayText;
import org.briefgen.mail.MailAuthenticationException;
import org.briefgen.mail.MailException;
import org.briefgen.mail.Outgoing;
import org.briefgen.mail.OutgoingMessage;
import org.briefgen.mail.Password;
import org.briefgen.mail.SentCopy;

import jakarta.mail.MessagingException;

/**
 * Sends letters' e-mails over one SMTP connection for a run: each message as its .eml was written
 * (same Message-ID, same bytes) but for its {@code Date:}, the moment of the hand-over, and the draft
 * mark {@code X-Unsent}, taken off ({@link SentCopy}: the delivery log hears of the bytes sent),
 * paced by the run's rate, retried with backoff after temporary failures, reconnecting when the
 * server drops the connection. A refused login stops the run at once
 * ({@link MailAuthenticationException}); a refused address is that address's outcome and the
 * run goes on. Not thread-safe: one run, one thread.
 *
 * <pre>{@code
 * try (Sender sender = Sender.connect(settings, password, SendOptions.defaults())) {
 *     SendResult result = sender.send(Outgoing.of("CE-2020-001", emlBytes), deliveryLog);
 * }
 * }</pre>
 */
public final class Sender implements AutoCloseable {

    private static final String TEST_PREFIX = "[TEST] ";

    private final SendOptions options;
    private final SmtpConnection connection;
    private final RateLimiter rate;

    private Sender(SmtpSettings settings, Password password, SendOptions options) {
        this.options = options;
        this.connection = new SmtpConnection(settings, password, options.timeout());
        this.rate = new RateLimiter(options.ratePerMinute(), options.time());
    }

    /**
     * Connects and logs in (a dry run does no more). Throws {@link MailAuthenticationException} when
     * the login is refused, {@link MailException} when the server cannot be reached after the retries.
     */
    public static Sender connect(SmtpSettings settings, Password password, SendOptions options) {
        if (settings.username() != null && password.isEmpty()) {
            throw new MailException("no password was given for SMTP user '" + settings.username() + "' at "
                    + settings.host(), "nothing was sent.");
        }
        Sender sender = new Sender(settings, password, options);
        try {
            sender.open();
        } catch (RuntimeException e) {
            sender.close();
            throw e;
        }
        return sender;
    }

    /**
     * Sends one message and returns each address's outcome; {@code log} hears of each hand-over
     * (see {@link DeliveryLog}). In a dry run nothing is sent and each address is
     * {@link DeliveryStatus#DRY_RUN}; in a to-self run the message goes to the test address only
     * and {@code log} is not told.
     */
    public SendResult send(Outgoing outgoing, DeliveryLog log) {
        OutgoingMessage message = OutgoingMessage.parse(connection.session(), outgoing);
        String messageId;
        List<String> addresses;
        try {
            messageId = message.messageId();
            addresses = targets(message, outgoing);
            message.prepare(options.toSelf() == null ? null : TEST_PREFIX);
        } catch (MessagingException e) {
            throw new MailException("the e-mail of " + outgoing.reference() + " cannot be read: "
                    + DisplayText.of(e.getMessage(), 200), "it was not sent.");
        }
        if (options.dryRun()) {
            return new SendResult(outgoing.reference(), messageId, addresses.stream()
                    .map(a -> new Delivery(a, DeliveryStatus.DRY_RUN, options.time().now(), "", 0)).toList());
        }
        DeliveryLog hooks = options.toSelf() == null ? log : DeliveryLog.NONE;
        Map<String, Delivery> outcomes = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(addresses);
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            open();
            rate.acquire();
            // dated the moment it goes: a message dated at the letter's date arrives "in the past"
            SentCopy copy = SentCopy.of(outgoing.eml(), options.time().now());
            OutgoingMessage stamped = stamped(outgoing, copy);
            hooks.handingOver(outgoing, messageId, List.copyOf(pending), copy);
            List<Delivery> results = new HandOver(connection, stamped, attempt, options.time()).to(pending);
            hooks.handedOver(outgoing, messageId, results);
            pending.clear();
            for (Delivery d : results) {
                outcomes.put(d.address(), d);
                if (d.status() == DeliveryStatus.DEFERRED) {
                    pending.add(d.address());
                }
            }
            if (attempt >= options.retry().attempts()) {
                break;
            }
            if (!pending.isEmpty()) {
                options.time().sleep(options.retry().delayAfter(attempt));
            }
        }
        return new SendResult(outgoing.reference(), messageId,
                addresses.stream().map(outcomes::get).toList());
    }

    /** The message as handed over now: {@code copy}'s bytes exactly, or for a test run with its subject prefixed. */
    private OutgoingMessage stamped(Outgoing outgoing, SentCopy copy) {
        OutgoingMessage message = OutgoingMessage.parse(connection.session(), new Outgoing(outgoing.reference(),
                copy.bytes(), outgoing.addresses()));
        try {
            message.prepare(options.toSelf() == null ? null : TEST_PREFIX);
        } catch (MessagingException e) {
            throw new MailException("the e-mail of " + outgoing.reference() + " cannot be read: "
                    + DisplayText.of(e.getMessage(), 200), "it was not sent.");
        }
        return message;
    }

    /** The test address, or the addresses asked for (each one the message names), or all the message names. */
    private List<String> targets(OutgoingMessage message, Outgoing outgoing) throws MessagingException {
        if (options.toSelf() != null) {
            return List.of(options.toSelf());
        }
        List<String> named = message.recipients();
        if (outgoing.addresses().isEmpty()) {
            if (named.isEmpty()) {
                throw new MailException("the e-mail of " + outgoing.reference() + " names no recipient",
                        "it was not sent.");
            }
            return named;
        }
        List<String> lowerNamed = named.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        for (String a : outgoing.addresses()) {
            if (!lowerNamed.contains(a.toLowerCase(Locale.ROOT))) {
                // the message goes out as written: its recipients are part of what was issued
                throw new IllegalArgumentException(
                        outgoing.reference() + ": " + a + " is not a recipient of its e-mail");
            }
        }
        return outgoing.addresses().stream().distinct().toList();
    }

    /** Opens the connection if it is not, retrying with backoff while the server is unreachable. */
    private void open() {
        for (int attempt = 1;; attempt++) {
            try {
                connection.ensureOpen();
                return;
            } catch (SmtpConnection.UnreachableException e) {
                if (attempt >= options.retry().attempts()) {
                    SmtpSettings settings = settings();
                    throw new MailException("cannot reach the SMTP server " + settings.host() + ":" + settings.port()
                            + " after " + attempt + (attempt == 1 ? " attempt: " : " attempts: ") + e.getMessage(),
                            "the run stopped; nothing more was sent.");
                }
                options.time().sleep(options.retry().delayAfter(attempt));
            }
        }
    }

    /** The settings this sender uses (no password in them). */
    public SmtpSettings settings() {
        return connection.settings();
    }

    @Override
    public void close() {
        connection.close();
    }
}
