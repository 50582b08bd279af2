/**
 * SAR cases: what a rescue coordinator knows about one distress (the object, its last known position with
 * its uncertainty, persons on board), the case's status and the log of every action taken on it. The
 * storage port {@link io.jisr.sar.cases.SarCaseStore} is implemented outside the module.
 */
package io.jisr.sar.cases;
