package org.briefgen.sign;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.itextpdf.signatures.ITSAClient;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority in the test's process, signing with {@link TestPki}'s TSA key:
 * called directly (an {@link ITSAClient}) or over HTTP on a loopback port, as a real one is.
 */
public final class TestTsa implements ITSAClient {

    private static final AtomicLong SERIAL = new AtomicLong();
    private final TestPki pki;
    private final Supplier<Date> clock;

    public TestTsa(TestPki pki) {
        this(pki, Date::new);
    }

    /** A TSA whose clock says {@code clock}. */
    public TestTsa(TestPki pki, Supplier<Date> clock) {
        this.pki = pki;
        this.clock = clock;
    }

    @Override
    public int getTokenSizeEstimate() {
        return 8192;
    }

    @Override
    public MessageDigest getMessageDigest() throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256");
    }

    @Override
    public byte[] getTimeStampToken(byte[] imprint) throws Exception {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, imprint, BigInteger.valueOf(SERIAL
                .incrementAndGet()));
        return respond(request).getTimeStampToken().getEncoded();
    }

    private TimeStampResponse respond(TimeStampRequest request) throws Exception {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder().build(
                "SHA256withRSA", pki.tsaKey.getPrivate(), pki.tsa),
                digests.get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(pki.tsa, pki.ca)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        Date now = clock.get();
        TimeStampResponse response = responses.generate(request, BigInteger.valueOf(SERIAL.incrementAndGet()), now);
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            throw new IllegalStateException("the test TSA refused: " + response.getStatusString());
        }
        return response;
    }

    /** This TSA served over HTTP at {@code http://127.0.0.1:PORT/tsa}; close the server when done. */
    public HttpServer serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = respond(new TimeStampRequest(in.readAllBytes())).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return server;
    }
}
