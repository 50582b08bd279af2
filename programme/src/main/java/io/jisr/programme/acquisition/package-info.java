/**
 * Acquisition cases: the dated steps from a letter of request to acceptance and amendments, equipment lines
 * valued per currency, milestones planned against actual, deliveries, and the asset register that a
 * delivered patrol vessel, aircraft or radio station joins with the capabilities search planning needs.
 */
package io.jisr.programme.acquisition;
