package io.jisr.app.federation;

import io.jisr.exchange.NodeId;
import io.jisr.exchange.agreement.CertificateFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A node's federation identity: an EC P-256 key pair and a self-signed X.509 certificate naming the
 * node, in a PKCS#12 keystore under the alias {@value #ALIAS}. Partners recognise the node by the
 * certificate's SHA-256 fingerprint, exchanged out of band, so no certificate authority is involved.
 *
 * @param certificate the node's certificate
 * @param key its private key
 */
public record NodeKeys(X509Certificate certificate, PrivateKey key) {

    /** The keystore alias of the node's key and certificate. */
    public static final String ALIAS = "jisr-node";

    /** The certificate's fingerprint, as partners register it. */
    public CertificateFingerprint fingerprint() {
        return fingerprintOf(certificate);
    }

    /** The SHA-256 fingerprint of a certificate's DER encoding. */
    public static CertificateFingerprint fingerprintOf(X509Certificate certificate) {
        try {
            return CertificateFingerprint.ofDer(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new FederationException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    /** Makes a new key pair and a certificate for {@code node}, valid from {@code now} for {@code validity}. */
    public static NodeKeys generate(NodeId node, Instant now, Duration validity) {
        return generate(node, now, validity, List.of());
    }

    /**
     * Makes a new key pair and a certificate for {@code node} that also names {@code hosts} (DNS names or
     * IP addresses) as subject alternative names. Partners pin the fingerprint and ignore host names;
     * browsers and the operators' HTTPS server check them, so a certificate also used there names them.
     */
    public static NodeKeys generate(NodeId node, Instant now, Duration validity, List<String> hosts) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + node.value() + ",O=Jisr federation node");
            BigInteger serial = new BigInteger(64, new SecureRandom());
            var builder = new JcaX509v3CertificateBuilder(
                    name,
                    serial,
                    Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(validity)),
                    name,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
            }));
            if (!hosts.isEmpty()) {
                GeneralName[] names = hosts.stream()
                        .map(h -> new GeneralName(
                                h.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ':')
                                        ? GeneralName.iPAddress
                                        : GeneralName.dNSName,
                                h))
                        .toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            var signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new NodeKeys(certificate, pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new FederationException("cannot make a key pair and certificate for node " + node, e);
        }
    }

    /** Writes the keystore to {@code file} (atomically: a temporary file, then a move), refusing to overwrite. */
    public void write(Path file, char[] password) {
        if (Files.exists(file)) {
            throw new FederationException(file + " already exists; refusing to overwrite a node's keys");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, new Certificate[] {certificate});
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, file.getFileName().toString(), ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                store.store(out, password);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new FederationException("cannot write the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a node's keys from a PKCS#12 keystore; says which file and what is wrong. */
    public static NodeKeys read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.containsAlias(ALIAS)
                    ? ALIAS
                    : Collections.list(store.aliases()).stream()
                            .filter(a -> isKey(store, a))
                            .findFirst()
                            .orElseThrow(() -> new FederationException(file + " holds no private key"));
            if (!(store.getKey(alias, password) instanceof PrivateKey key)
                    || !(store.getCertificate(alias) instanceof X509Certificate certificate)) {
                throw new FederationException(
                        file + ": entry " + alias + " is not a private key with an X.509 certificate");
            }
            return new NodeKeys(certificate, key);
        } catch (IOException | GeneralSecurityException e) {
            throw new FederationException("cannot read the keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
