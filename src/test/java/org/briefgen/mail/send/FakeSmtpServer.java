package org.briefgen.mail.send;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on a loopback port that answers as a test scripts it: the replies GreenMail cannot
 * give (4xx, a 5xx for one address, a connection dropped at a chosen moment). A scripted reply
 * {@code DROP} closes the connection instead of answering.
 */
final class FakeSmtpServer implements AutoCloseable {

    static final String DROP = "DROP";

    private final ServerSocket socket;
    private final Deque<String> greetings = new ArrayDeque<>();
    private final Deque<String> mailReplies = new ArrayDeque<>();
    private final Deque<String> dataReplies = new ArrayDeque<>();
    private final Map<String, String> rcptReplies = new ConcurrentHashMap<>();
    final List<String> accepted = new CopyOnWriteArrayList<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();

    FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "fake-smtp");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    SmtpSettings settings() {
        return SmtpSettings.parse("smtp://127.0.0.1:" + port());
    }

    /** The next greetings, in order (then 220); one that is not 220 is followed by closing the connection. */
    synchronized FakeSmtpServer onGreeting(String... replies) {
        greetings.addAll(List.of(replies));
        return this;
    }

    /** The next MAIL FROM replies, in order (then 250). */
    synchronized FakeSmtpServer onMail(String... replies) {
        mailReplies.addAll(List.of(replies));
        return this;
    }

    /** The next end-of-data replies, in order (then 250). */
    synchronized FakeSmtpServer onData(String... replies) {
        dataReplies.addAll(List.of(replies));
        return this;
    }

    /** Every RCPT TO for {@code address} gets {@code reply}. */
    FakeSmtpServer onRcpt(String address, String reply) {
        rcptReplies.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    private synchronized String next(Deque<String> replies, String otherwise) {
        return replies.isEmpty() ? otherwise : replies.poll();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Thread t = new Thread(() -> serve(client), "fake-smtp-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = client.getOutputStream();
            String greeting = next(greetings, "220 fake ESMTP");
            if (!say(out, greeting) || !greeting.startsWith("220")) {
                return;
            }
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                String reply = switch (verb) {
                    case "EHLO", "HELO" -> "250 fake";
                    case "MAIL" -> next(mailReplies, "250 2.1.0 OK");
                    case "RCPT" -> rcptReplies.getOrDefault(address(line), "250 2.1.5 OK");
                    case "DATA" -> "354 go ahead";
                    case "QUIT" -> "221 bye";
                    default -> "250 OK";
                };
                if (verb.equals("DATA")) {
                    say(out, reply);
                    String data = readData(in);
                    reply = next(dataReplies, "250 2.0.0 queued as Q" + accepted.size());
                    if (reply.startsWith("250")) {
                        accepted.add(data);
                    }
                }
                if (!say(out, reply) || verb.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away: the test looks at what was accepted
        }
    }

    private static String address(String line) {
        int lt = line.indexOf('<');
        int gt = line.indexOf('>');
        return lt < 0 || gt < lt ? "" : line.substring(lt + 1, gt).toLowerCase(Locale.ROOT);
    }

    private static String readData(BufferedReader in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.writeBytes((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
            data.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return data.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes a reply, or with {@link #DROP} closes the connection and answers false. */
    private static boolean say(OutputStream out, String reply) throws IOException {
        if (reply.equals(DROP)) {
            return false;
        }
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
