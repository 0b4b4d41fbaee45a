package org.briefgen.mail.send;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.briefgen.mail.OutgoingMessage;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * One attempt to hand a message to the server for some addresses, read back as one outcome per
 * address from what the server replied: 2xx sent, 5xx failed, 4xx deferred; a connection lost
 * after the message's bytes went out is uncertain (the server may have taken it).
 */
record HandOver(SmtpConnection connection, OutgoingMessage message, int attempt, TimeSource time) {

    /** Hands the message over for {@code addresses}; each outcome is stamped with the time the server answered. */
    List<Delivery> to(List<String> addresses) {
        InternetAddress[] to = new InternetAddress[addresses.size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress();
            to[i].setAddress(addresses.get(i));
        }
        message.forgetWritten();
        Transport transport = connection.transport();
        try {
            transport.sendMessage(message, to);
            String reply = connection.reply(lastReply(transport));
            return each(addresses, DeliveryStatus.SENT, reply, time.now());
        } catch (SendFailedException e) {
            return fromFailure(e, addresses, time.now());
        } catch (MessagingException | IllegalStateException e) {
            // no reply at all: the connection broke (or was never there)
            String reason = "connection lost: " + connection.reply(e.getMessage());
            return each(addresses, message.written() ? DeliveryStatus.UNCERTAIN : DeliveryStatus.DEFERRED, reason,
                    time.now());
        }
    }

    private List<Delivery> fromFailure(SendFailedException e, List<String> addresses, Instant now) {
        Map<String, SMTPAddressFailedException> perAddress = new HashMap<>();
        for (Exception n = e.getNextException(); n != null; n = n instanceof MessagingException m
                ? m.getNextException() : null) {
            if (n instanceof SMTPAddressFailedException af) {
                perAddress.put(af.getAddress().getAddress(), af);
            }
        }
        int code = e instanceof SMTPSendFailedException sf ? sf.getReturnCode() : -1;
        boolean endOfData = e instanceof SMTPSendFailedException sf && ".".equals(sf.getCommand());
        String reply = connection.reply(e.getMessage());
        List<String> sent = names(e.getValidSentAddresses());
        List<String> invalid = names(e.getInvalidAddresses());
        List<Delivery> out = new ArrayList<>(addresses.size());
        for (String address : addresses) {
            SMTPAddressFailedException own = perAddress.get(address);
            if (sent.contains(address)) {
                out.add(delivery(address, DeliveryStatus.SENT, reply, now));
            } else if (own != null) {
                out.add(delivery(address, byCode(own.getReturnCode(), false), connection.reply(own.getMessage()), now));
            } else if (invalid.contains(address)) {
                out.add(delivery(address, DeliveryStatus.FAILED, reply, now));
            } else {
                out.add(delivery(address, byCode(code, endOfData && message.written()), reply, now));
            }
        }
        return out;
    }

    /** 5xx failed, 4xx deferred; no code (a dropped connection) is deferred, or uncertain once the data went out. */
    private static DeliveryStatus byCode(int code, boolean dataWentOut) {
        if (code >= 500 && code <= 599) {
            return DeliveryStatus.FAILED;
        }
        if (code >= 400 && code <= 499) {
            return DeliveryStatus.DEFERRED;
        }
        return dataWentOut ? DeliveryStatus.UNCERTAIN : DeliveryStatus.DEFERRED;
    }

    private static String lastReply(Transport transport) {
        return transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse()
                : "";
    }

    private static List<String> names(Address[] addresses) {
        List<String> names = new ArrayList<>();
        if (addresses != null) {
            for (Address a : addresses) {
                if (a instanceof InternetAddress ia) {
                    names.add(ia.getAddress());
                }
            }
        }
        return names;
    }

    private List<Delivery> each(List<String> addresses, DeliveryStatus status, String reply, Instant now) {
        return addresses.stream().map(a -> delivery(a, status, reply, now)).toList();
    }

    private Delivery delivery(String address, DeliveryStatus status, String reply, Instant now) {
        return new Delivery(address, status, now, reply, attempt);
    }
}
