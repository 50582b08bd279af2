/**
 * The exchange's tamper-evident audit: every batch released and received and every agreement change,
 * each entry hashing the one before it (SHA-256 over a canonical byte encoding), and a verifier that
 * names the first broken link.
 */
package io.jisr.exchange.audit;
