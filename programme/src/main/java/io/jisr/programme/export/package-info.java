/**
 * Exports of the programme register written by hand against their standards: an iCalendar (RFC 5545) feed of
 * meetings and action due dates, and a PDF 1.7 report of a working-group meeting using only the standard
 * Helvetica fonts.
 */
package io.jisr.programme.export;
