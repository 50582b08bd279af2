/**
 * The node: configuration, the ingest pipeline from feeds through the picture to storage and the live
 * view, and the lifecycle that starts and stops it all. This is the composition root's wiring; the
 * domain lives in the {@code picture}, {@code feeds} and {@code store} modules.
 */
package io.jisr.app.node;
