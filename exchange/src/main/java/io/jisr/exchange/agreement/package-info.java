/**
 * Sharing agreements as data: the parties and their nodes, validity and status, and the sharing
 * annexes that say what each party releases to the other. Also validation with precise messages,
 * versions and the differences between them for the audit.
 */
package io.jisr.exchange.agreement;
