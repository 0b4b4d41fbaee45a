package org.briefgen.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over one kept-alive socket, written by hand so that a test can send any {@code Host},
 * {@code Origin} or {@code X-Forwarded-For} (java.net.http will not send a Host of its choosing), and
 * fast enough for thousands of requests. Keeps the cookies it is given, as a browser would.
 */
final class RawHttp implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A response: status, headers (names in lower case, each with its values), body as UTF-8 text. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The form's CSRF token on this page, or null. */
        String csrf() {
            Matcher m = CSRF.matcher(body);
            return m.find() ? m.group(1) : null;
        }
    }

    private final String address;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(int port) {
        this("127.0.0.1", port);
    }

    /** To {@code address} (an IPv4 address of this machine), from that address. */
    RawHttp(String address, int port) {
        this.address = address;
        this.port = port;
    }

    /** The Host a browser would send for http://ADDRESS:PORT/. */
    String host() {
        return address + ":" + port;
    }

    Map<String, String> cookies() {
        return cookies;
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A form POST with this origin's Origin unless {@code headers} name one (or "Origin", null to send none). */
    Reply post(String path, String form, String... headers) {
        return send("POST", path, form, headers);
    }

    /**
     * Sends one request. {@code headers} are name, value pairs; a null value leaves out a header
     * that would otherwise be sent (Host, Origin on a POST, Cookie).
     */
    Reply send(String method, String path, String body, String... headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", host());
        if (body != null) {
            all.put("Origin", "http://" + host());
            all.put("Content-Type", "application/x-www-form-urlencoded");
        }
        if (!cookies.isEmpty()) {
            all.put("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] == null) {
                all.remove(headers[i]);
            } else {
                all.put(headers[i], headers[i + 1]);
            }
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        all.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        if (body != null || !method.equals("GET")) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try {
            return exchange(request.toString().getBytes(StandardCharsets.ISO_8859_1), content, method);
        } catch (IOException e) {
            // the server closed a kept-alive connection between two requests: once more on a fresh one
            close();
            try {
                return exchange(request.toString().getBytes(StandardCharsets.ISO_8859_1), content, method);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private Reply exchange(byte[] head, byte[] content, String method) throws IOException {
        if (socket == null) {
            socket = new Socket(address, port);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(head);
        out.write(content);
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("no response");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        byte[] bytes;
        String length = first(headers, "content-length");
        if (method.equals("HEAD") || status == 204 || status == 304) {
            bytes = new byte[0];
        } else if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
            bytes = chunked();
        } else if (length != null) {
            bytes = in.readNBytes(Integer.parseInt(length));
        } else {
            bytes = in.readAllBytes();
            close();
        }
        if ("close".equalsIgnoreCase(first(headers, "connection"))) {
            close();
        }
        for (String cookie : headers.getOrDefault("set-cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || cookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return new Reply(status, headers, new String(bytes, StandardCharsets.UTF_8));
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int n = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (n == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server closed already
            }
            socket = null;
        }
    }
}
