package org.briefgen.mail;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The certificate checks of one connection: every decision is the {@link Trust}'s own (the Java
 * runtime's checks, with the host name checked when the mail library asks for it), and the chain a
 * server presented is kept with the reason it was refused, so that a refusal can be named in plain
 * words. Nothing the checks refuse is ever accepted here.
 */
public final class CertificateCheck extends X509ExtendedTrustManager {

    private final Trust trust;
    private final X509ExtendedTrustManager delegate;
    private final SSLSocketFactory factory;
    private volatile X509Certificate[] presented;
    private volatile String authType;
    private volatile CertificateException refusal;

    public CertificateCheck(Trust trust) {
        this.trust = trust;
        this.delegate = trust.manager();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            this.factory = context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS cannot be set up in this Java runtime", e);
        }
    }

    /** The socket factory for this connection only (the mail library's {@code ssl.socketFactory}). */
    public SSLSocketFactory socketFactory() {
        return factory;
    }

    Trust trust() {
        return trust;
    }

    /** Forgets the last connection's certificate, before connecting again. */
    public void reset() {
        presented = null;
        authType = null;
        refusal = null;
    }

    /** The chain the server presented last, or null when none was seen. */
    X509Certificate[] presented() {
        return presented == null ? null : presented.clone();
    }

    /** Why the last chain was refused, or null when it was accepted (or none was seen). */
    CertificateException refusal() {
        return refusal;
    }

    /** True when the last chain passes the trust's checks leaving out the host name: it is trusted, only misnamed. */
    boolean trustedApartFromName() {
        X509Certificate[] chain = presented;
        if (chain == null) {
            return false;
        }
        try {
            delegate.checkServerTrusted(chain, authType);
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }

    private void seen(X509Certificate[] chain, String type) {
        presented = chain == null ? null : chain.clone();
        authType = type;
        refusal = null;
    }

    /** One of the delegate's checks of a server's chain. */
    @FunctionalInterface
    private interface ServerCheck {
        void run() throws CertificateException;
    }

    /** Runs {@code check} of {@code chain}, keeping the chain, and why it was refused when it is. */
    private void check(X509Certificate[] chain, String type, ServerCheck check) throws CertificateException {
        seen(chain, type);
        try {
            check.run();
        } catch (CertificateException e) {
            refusal = e;
            throw e;
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) throws CertificateException {
        check(chain, type, () -> delegate.checkServerTrusted(chain, type, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine)
            throws CertificateException {
        check(chain, type, () -> delegate.checkServerTrusted(chain, type, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String type) throws CertificateException {
        check(chain, type, () -> delegate.checkServerTrusted(chain, type));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, type, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, type, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String type) throws CertificateException {
        delegate.checkClientTrusted(chain, type);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
