package org.briefgen.web.security;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * The names the workbench answers to, against DNS rebinding: a page of another site whose name
 * resolves to this machine sends its own name in {@code Host}. Served are the address it listens
 * on (every address of this machine when that is 0.0.0.0 or ::), {@code localhost}, 127.0.0.1
 * and [::1] when it listens on loopback, each with the port the request came to; and the names
 * given with {@code serve --host NAME} (with that port or none, or exactly NAME:PORT). Behind a
 * proxy, the proxy's {@code X-Forwarded-*} headers are believed only on a connection from loopback.
 */
public final class Hosts {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");

    /** Served only with the request's own port. */
    private final Set<String> own = new HashSet<>();
    /** Named with --host, without a port: served with the request's port or none. */
    private final Set<String> named = new HashSet<>();
    /** Named with --host as NAME:PORT: served exactly so. */
    private final Set<String> exact = new HashSet<>();
    private final Access access;

    public Hosts(String bind, List<String> hosts, Access access) {
        this.access = access;
        InetAddress address = literal(bind);
        if (address == null ? resolvesToLoopback(bind) : address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            own.addAll(List.of("localhost", "127.0.0.1", "[0:0:0:0:0:0:0:1]"));
        }
        if (address != null) {
            // on 0.0.0.0 too: the address serve prints
            own.add(name(address));
        }
        if (address != null && address.isAnyLocalAddress()) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    nic.inetAddresses().forEach(a -> own.add(name(a)));
                }
            } catch (SocketException e) {
                // no interface listed: the names given with --host are served, and loopback's
            }
        } else if (address == null) {
            own.add(bind.toLowerCase(Locale.ROOT));
        }
        for (String host : hosts) {
            Authority a = Authority.parse(host);
            if (a == null) {
                throw new IllegalArgumentException("'" + host + "' is not a host name (NAME or NAME:PORT)");
            }
            (a.port() < 0 ? named : exact).add(a.port() < 0 ? a.name() : a.name() + ":" + a.port());
        }
    }

    /** A host and port as a {@code Host} header has them: name in lower case, IPv6 in full and in brackets. */
    record Authority(String name, int port) {

        static Authority parse(String text) {
            if (text == null) {
                return null;
            }
            String s = text.trim().toLowerCase(Locale.ROOT);
            String name;
            String rest;
            if (s.startsWith("[")) {
                int close = s.indexOf(']');
                if (close < 0 || !IPV6.matcher(s.substring(1, close)).matches()) {
                    return null;
                }
                InetAddress address = literal(s.substring(1, close));
                if (address == null) {
                    return null;
                }
                name = Hosts.name(address);
                rest = s.substring(close + 1);
            } else {
                int colon = s.indexOf(':');
                name = colon < 0 ? s : s.substring(0, colon);
                rest = colon < 0 ? "" : s.substring(colon);
                if (!NAME.matcher(name).matches()) {
                    return null;
                }
            }
            if (rest.isEmpty()) {
                return new Authority(name, -1);
            }
            if (!rest.matches(":[0-9]{1,5}") || Integer.parseInt(rest.substring(1)) > 65535) {
                return null;
            }
            return new Authority(name, Integer.parseInt(rest.substring(1)));
        }

        /** With the scheme's port when it names none. */
        Authority withDefault(String scheme) {
            return port >= 0 ? this : new Authority(name, scheme.equals("https") ? 443 : 80);
        }
    }

    /** Whether {@code host} (a Host header's value) names this workbench, for a request that came to {@code port}. */
    boolean allows(String host, int port, String scheme) {
        Authority a = Authority.parse(host);
        if (a == null) {
            return false;
        }
        if (exact.contains(a.name() + ":" + a.port()) || named.contains(a.name()) && (a.port() < 0
                || a.port() == port)) {
            return true;
        }
        return own.contains(a.name()) && a.withDefault(scheme).port() == port;
    }

    /** Whether the request names this workbench, in {@code Host} and (from a proxy believed) {@code X-Forwarded-Host}. */
    boolean allows(Context ctx) {
        String scheme = access.tls() != null ? "https" : "http";
        int port = ctx.req().getLocalPort();
        if (!allows(ctx.header("Host"), port, scheme)) {
            return false;
        }
        String forwarded = forwarded(ctx, "X-Forwarded-Host");
        return forwarded == null || allows(forwarded, port, scheme(ctx));
    }

    /** The origin the browser sees: scheme and host, as the proxy forwarded them when it is believed. */
    String origin(Context ctx) {
        String host = forwarded(ctx, "X-Forwarded-Host");
        String scheme = scheme(ctx);
        Authority a = Authority.parse(host == null ? ctx.header("Host") : host).withDefault(scheme);
        return scheme + "://" + a.name() + ":" + a.port();
    }

    /**
     * Whether a state-changing request came from a page of the workbench's own: its {@code Origin},
     * or its {@code Referer} when it has none, is the workbench's origin. Neither is no browser's form.
     */
    boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        String source = origin != null ? origin : ctx.header("Referer");
        if (source == null) {
            return false;
        }
        try {
            URI uri = new URI(source.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null
                    || uri.getRawUserInfo() != null) {
                return false;
            }
            if (origin != null && !(uri.getRawPath() == null || uri.getRawPath().isEmpty())) {
                return false;
            }
            Authority a = Authority.parse(uri.getRawAuthority());
            return a != null && (scheme + "://" + a.withDefault(scheme).name() + ":" + a.withDefault(scheme).port())
                    .equals(origin(ctx));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The client's address: the proxy's word for it when the proxy is believed, else the connection's. */
    public String client(Context ctx) {
        String forwarded = forwarded(ctx, "X-Forwarded-For");
        return forwarded != null ? forwarded : ctx.req().getRemoteAddr();
    }

    private String scheme(Context ctx) {
        String forwarded = forwarded(ctx, "X-Forwarded-Proto");
        if (forwarded != null && (forwarded.equalsIgnoreCase("http") || forwarded.equalsIgnoreCase("https"))) {
            return forwarded.toLowerCase(Locale.ROOT);
        }
        return access.secure() ? "https" : "http";
    }

    /** A forwarded header's last (the nearest proxy's) value, when behind a proxy and it connected from loopback. */
    private String forwarded(Context ctx, String header) {
        if (!access.behindProxy() || !fromLoopback(ctx.req().getRemoteAddr())) {
            return null;
        }
        String value = ctx.header(header);
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] values = value.split(",");
        String last = values[values.length - 1].trim();
        return last.isEmpty() ? null : last;
    }

    /** Whether the name to listen on (the operator's, not a request's) is one of this machine's loopback names. */
    private static boolean resolvesToLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean fromLoopback(String remote) {
        InetAddress address = literal(remote);
        return address != null && address.isLoopbackAddress();
    }

    /** An address written as an IP literal, or null (names are never looked up). */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean v6 = s.contains(":") && IPV6.matcher(s.toLowerCase(Locale.ROOT).replaceAll("%.*$", "")).matches();
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String name(InetAddress address) {
        String text = address.getHostAddress();
        int scope = text.indexOf('%');
        text = scope < 0 ? text : text.substring(0, scope);
        return address instanceof java.net.Inet6Address ? "[" + text.toLowerCase(Locale.ROOT) + "]" : text;
    }
}
