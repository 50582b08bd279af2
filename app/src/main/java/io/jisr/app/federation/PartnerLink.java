package io.jisr.app.federation;

import io.jisr.exchange.Partner;
import io.jisr.exchange.agreement.CertificateFingerprint;
import java.net.URI;
import java.util.Objects;

/**
 * One partner node as configured: who it is, where its federation endpoint is, and the fingerprint of
 * its certificate, by which it is recognised in both directions.
 *
 * @param partner its nation and node id
 * @param baseUrl its federation endpoint ({@code https://usa-node.example:9443})
 * @param fingerprint SHA-256 of its certificate, exchanged with its operators out of band
 */
public record PartnerLink(Partner partner, URI baseUrl, CertificateFingerprint fingerprint) {
    /** Checks that nothing is missing. */
    public PartnerLink {
        Objects.requireNonNull(partner, "partner must not be null");
        Objects.requireNonNull(baseUrl, "base URL must not be null");
        Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    }

    /** The name of the feed its records arrive through in the picture ("heard by"). */
    public String feedId() {
        return "partner-" + partner.node().value();
    }
}
