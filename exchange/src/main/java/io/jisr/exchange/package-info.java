/**
 * What a node may share with its partners and how: the vocabulary every part of the exchange uses
 * (nations, nodes, data categories, positions, releasability markings). Sub-packages hold the
 * agreements, the records, the release policy, the outbound log and the audit chain. Plain Java: the
 * application wires it to HTTP, TLS and storage.
 */
package io.jisr.exchange;
