/**
 * Durable storage of the maritime picture on H2 (the embedded default) and PostgreSQL: the vessel
 * registry, track history as delta-encoded per-vessel segments, and feed cursors, all committed
 * together ({@link io.jisr.store.JdbcPictureStore}), fed by a bounded, batching queue
 * ({@link io.jisr.store.BatchingWriter}). Plain JDBC; the schema is migrated by Flyway.
 */
package io.jisr.store;
