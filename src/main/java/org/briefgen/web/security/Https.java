package org.briefgen.web.security;

import javax.net.ssl.SSLContext;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The workbench's only listener when it serves HTTPS: TLS with the keystore's certificate, then HTTP/1.1. */
public final class Https {

    private Https() {
    }

    public static ServerConnector connector(Server server, HttpConfiguration http, SSLContext tls, String host,
            int port) {
        // the request's name is checked by Hosts against the workbench's own list, not against the certificate
        http.addCustomizer(new SecureRequestCustomizer(false));
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(tls);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(factory, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
