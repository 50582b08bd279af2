/**
 * Ownership and convergence of programme records between the two nodes: each record belongs to one side,
 * which alone may edit it (except the fields the record sets aside for the other side); edits are field
 * values stamped with a hybrid logical clock, and a replica is the per-field last-writer-wins join of every
 * edit it has seen — a pure merge that is commutative, associative and idempotent.
 */
package io.jisr.programme.sync;
