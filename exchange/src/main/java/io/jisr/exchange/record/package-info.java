/**
 * What a node may share: one {@link io.jisr.exchange.record.ShareableRecord} shape for every category,
 * carrying what the release policy needs (category, origin, time, position, subject, handling terms,
 * and whether it came from a partner) next to the category's content.
 */
package io.jisr.exchange.record;
