/**
 * The release policy: the one pure function that decides, record by record and partner by partner,
 * whether something leaves this node, when, and in what form.
 */
package io.jisr.exchange.policy;
