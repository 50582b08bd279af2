package io.jisr.exchange.agreement;

/** Where an agreement stands. Only an agreement in force releases anything. */
public enum AgreementStatus {
    /** Being written; releases nothing. */
    DRAFT,
    /** Signed and applied, within its validity dates. */
    IN_FORCE,
    /** Stopped by a party; releases nothing from the moment the new version is active. */
    SUSPENDED,
    /** Past its end or ended early; releases nothing. */
    EXPIRED
}
