package org.briefgen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.briefgen.batch.Approvals;
import org.briefgen.campaign.Recipient;
import org.briefgen.failure.UserError;

/**
 * What a fresh server's first pages would otherwise make while an officer waits, made in the
 * background as it starts: the campaign loaded, the first recipient's letter previewed (its PDF and
 * page images, which also loads and compiles the templates, the fonts, iText and PDFBox), then the
 * letters' problems the campaign page lists, then, when the campaign requires approval, every letter
 * made and digested for it ({@link PendingLetters}: about a minute at 2,000 letters, which the first
 * campaign page waited for). On this machine's own address without a login or TLS, it asks itself
 * for the first letter's page and first image over HTTP, as a browser would, so that the request
 * path (Jetty, Javalin, the page templates) is warm too: a first request of a cold server took
 * seconds before reaching the preview. A page asked for meanwhile waits for what is being made
 * rather than making it again; a failure here is left for the page to show.
 */
final class WarmUp {

    private WarmUp() {
    }

    /**
     * Starts warming up {@code services} on a daemon thread of its own; with {@code host} not null,
     * the server listening there on {@code port} (plain HTTP, no login) is asked for the first letter.
     */
    static Thread start(Services services, String host, int port) {
        Thread thread = new Thread(() -> run(services, host, port), "briefgen-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run(Services services, String host, int port) {
        try {
            CampaignSource.Loaded loaded = services.source().current();
            if (!loaded.ok()) {
                return;
            }
            List<Recipient> recipients = loaded.run().data().recipients();
            if (!recipients.isEmpty()) {
                services.previews().of(loaded, recipients.get(0), ArchiveView.read(services.archive()).letters());
                if (host != null) {
                    String letter = "/letters/" + URLEncoder.encode(recipients.get(0).id(), StandardCharsets.UTF_8);
                    get(host, port, letter);
                    get(host, port, letter + "/pages/0.png");
                }
            }
            loaded.problems();
            // a campaign that requires approval: every letter made and digested once, for its counts and pages
            if (Approvals.required(loaded.run())) {
                PendingLetters.of(services, loaded);
            }
        } catch (UserError e) {
            // the page that needs it shows it
        } catch (RuntimeException e) {
            System.err.println("briefgen workbench: warming up failed (the pages will try again): " + e);
        }
    }

    /** One GET of {@code path}, its answer read and dropped; a failure only means less is warm. */
    private static void get(String host, int port, String path) {
        String name = host.contains(":") ? "[" + host + "]" : host;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + name + ":" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            while (in.read(buffer) >= 0) {
                // read to the end: the page is made whole
            }
        } catch (IOException e) {
            // the officer's first request makes what this did not
        }
    }
}
