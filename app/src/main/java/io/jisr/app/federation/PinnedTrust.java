package io.jisr.app.federation;

import io.jisr.exchange.agreement.CertificateFingerprint;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts exactly the certificates whose SHA-256 fingerprints are registered, and nothing else: no
 * certificate authority, no chain building. Used in both directions of the federation link: the
 * server accepts only registered partners' client certificates, the puller only its partner's server
 * certificate.
 */
final class PinnedTrust extends X509ExtendedTrustManager {
    /*
     * Implementation note: this is an X509ExtendedTrustManager on purpose. JSSE wraps a plain
     * X509TrustManager and then checks the host name of the server certificate itself; with the
     * extended interface the decision is ours alone. Host names add nothing when the exact certificate
     * is pinned, and partner nodes are often reached by IP address.
     */

    private final Set<CertificateFingerprint> registered;
    private final AtomicLong refused = new AtomicLong();

    PinnedTrust(Set<CertificateFingerprint> registered) {
        this.registered = Set.copyOf(registered);
    }

    /** How many certificates were refused (unregistered or expired). */
    long refused() {
        return refused.get();
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            refused.incrementAndGet();
            throw new CertificateException("no certificate presented");
        }
        CertificateFingerprint fingerprint = NodeKeys.fingerprintOf(chain[0]);
        if (!registered.contains(fingerprint)) {
            refused.incrementAndGet();
            throw new CertificateException("certificate " + chain[0].getSubjectX500Principal() + " with fingerprint "
                    + fingerprint + " is not registered for federation");
        }
        try {
            chain[0].checkValidity();
        } catch (CertificateException e) {
            refused.incrementAndGet();
            throw e;
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        // Empty: the server names no authority in its certificate request, so clients send their one
        // certificate whatever issued it.
        return new X509Certificate[0];
    }

    /** A TLS 1.3 context presenting {@code keys} and trusting exactly {@code trust}. */
    static SSLContext context(NodeKeys keys, PinnedTrust trust) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] transientPassword = "in-memory".toCharArray();
            store.setKeyEntry(
                    NodeKeys.ALIAS, keys.key(), transientPassword, new X509Certificate[] {keys.certificate()});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, transientPassword);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(kmf.getKeyManagers(), new TrustManager[] {trust}, new SecureRandom());
            return context;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new FederationException("cannot set up TLS with the node's keys: " + e.getMessage(), e);
        }
    }
}
