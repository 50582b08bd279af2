package io.jisr.exchange.agreement;

import io.jisr.exchange.NodeId;
import java.util.Objects;

/**
 * One node of a party, registered by its certificate.
 *
 * @param id the node's name
 * @param fingerprint the SHA-256 fingerprint of the node's certificate
 */
public record PartyNode(NodeId id, CertificateFingerprint fingerprint) {

    /** Checks that nothing is missing. */
    public PartyNode {
        Objects.requireNonNull(id, "node id must not be null");
        Objects.requireNonNull(fingerprint, "node fingerprint must not be null");
    }
}
