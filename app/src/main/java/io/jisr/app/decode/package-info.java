/**
 * {@code jisr decode}: reads NMEA files or standard input in large blocks, decodes them with one
 * {@link io.jisr.ais.AisDecoder} per input, and streams the messages out as newline-delimited JSON or
 * CSV through a reusable byte buffer. The output formats are specified in {@code docs/cli.md}.
 */
package io.jisr.app.decode;
