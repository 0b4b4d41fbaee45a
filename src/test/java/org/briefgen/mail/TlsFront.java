package org.briefgen.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A TLS front for a plain GreenMail server on loopback, presenting the certificate a test chose:
 * TLS from the first byte (as smtps:// and imaps://), or STARTTLS spoken by the front itself
 * before the connection is handed to the server behind it. GreenMail alone has one certificate
 * per JVM and no STARTTLS.
 */
public final class TlsFront implements AutoCloseable {

    /** How a client reaches TLS. */
    public enum Mode {
        IMPLICIT,
        SMTP_STARTTLS,
        IMAP_STARTTLS
    }

    private final ServerSocket listener;
    private final SSLContext context;
    private final Mode mode;
    private final int backend;
    private volatile boolean hangUp;

    public TlsFront(TestAuthority.ServerCertificate certificate, Mode mode, int backendPort) throws IOException {
        this.context = certificate.serverContext();
        this.mode = mode;
        this.backend = backendPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, "tls-front");
        accept.setDaemon(true);
        accept.start();
    }

    /** After STARTTLS is agreed, close the connection instead of the handshake: a handshake that breaks. */
    public void hangUpAtHandshake() {
        hangUp = true;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread t = new Thread(() -> serve(client), "tls-front-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        try (plain) {
            plain.setSoTimeout(10_000);
            if (mode != Mode.IMPLICIT && (!startTls(plain) || hangUp)) {
                return;
            }
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain,
                    plain.getInetAddress().getHostAddress(), plain.getPort(), true);
            tls.setUseClientMode(false);
            try (tls; Socket server = new Socket(InetAddress.getLoopbackAddress(), backend)) {
                tls.startHandshake();
                if (mode != Mode.IMPLICIT) {
                    // the client was greeted by the front; the server's own greeting is not for it
                    line(server.getInputStream());
                }
                Thread up = pipe(tls.getInputStream(), server.getOutputStream(), server);
                pipe(server.getInputStream(), tls.getOutputStream(), tls).join();
                up.join();
            }
        } catch (IOException | InterruptedException e) {
            // the client gave up or refused the certificate: that is what some tests want
        }
    }

    /** The plain part of the dialogue up to the client's STARTTLS; false when the client left before it. */
    private boolean startTls(Socket plain) throws IOException {
        InputStream in = plain.getInputStream();
        OutputStream out = plain.getOutputStream();
        boolean smtp = mode == Mode.SMTP_STARTTLS;
        send(out, smtp ? "220 front ESMTP" : "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] front ready");
        while (true) {
            String line = line(in);
            if (line == null) {
                return false;
            }
            String[] words = line.split(" ");
            if (smtp) {
                String verb = words[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO", "HELO" -> send(out, "250-front\r\n250 STARTTLS");
                    case "STARTTLS" -> {
                        send(out, "220 go ahead");
                        return true;
                    }
                    case "QUIT" -> {
                        send(out, "221 bye");
                        return false;
                    }
                    default -> send(out, "502 not before STARTTLS");
                }
            } else {
                String tag = words[0];
                String verb = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
                switch (verb) {
                    case "CAPABILITY" -> send(out, "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n" + tag
                            + " OK done");
                    case "STARTTLS" -> {
                        send(out, tag + " OK begin TLS");
                        return true;
                    }
                    case "LOGOUT" -> {
                        send(out, "* BYE\r\n" + tag + " OK bye");
                        return false;
                    }
                    default -> send(out, tag + " BAD not before STARTTLS");
                }
            }
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line, read byte by byte so that nothing of the TLS handshake after it is taken. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return b < 0 && bytes.size() == 0 ? null : bytes.toString(StandardCharsets.US_ASCII);
    }

    private static Thread pipe(InputStream from, OutputStream to, Socket closeAfter) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // one side closed: the other follows
            } finally {
                try {
                    closeAfter.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "tls-front-pipe");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
