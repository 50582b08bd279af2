/**
 * Federation between partner nodes (issue 7): the node's identity and partners, agreement files, the
 * durable outbound log per partner fed from the picture, the mutual-TLS pull endpoint, the puller that
 * applies a partner's batches into the local picture, and the stored audit chain. The rules of what
 * may leave are the {@code exchange} module's; this package wires them to HTTP, storage and the picture.
 */
package io.jisr.app.federation;
