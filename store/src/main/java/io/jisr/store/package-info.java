/**
 * Durable storage of the maritime picture on H2 (the embedded default) and PostgreSQL: every commit
 * appends its batch to a commit log together with the feed cursors, and checkpoints move the vessel
 * registry and the track history (delta-encoded per-vessel segments) into their tables
 * ({@link io.jisr.store.JdbcPictureStore}), fed by a bounded, batching queue
 * ({@link io.jisr.store.BatchingWriter}). Plain JDBC; the schema is migrated by Flyway. The design
 * and its measurements are in {@code docs/decisions/0001-track-storage.md}.
 */
package io.jisr.store;
