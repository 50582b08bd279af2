/**
 * Identities carried in AIS messages: MMSIs and the kinds of station they denote, IMO numbers, and
 * the flag a number's maritime identification digits point to. Everything here is a value or an
 * immutable table; nothing depends on a message type.
 */
package io.jisr.ais.identity;
