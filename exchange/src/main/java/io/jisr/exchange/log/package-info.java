/**
 * Federation without storage: the ordered per-partner outbound log of what the policy released, the
 * batches a partner pulls from its cursor, the receiver's idempotent apply rule, and the batch wire
 * format's fields and version rule. The application persists the log and carries batches over mTLS.
 */
package io.jisr.exchange.log;
