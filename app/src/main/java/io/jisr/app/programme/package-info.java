/**
 * The node's cooperation programme register: the records held in memory over their store, the ids this
 * node mints, and the exports (calendar, meeting report) as the HTTP API serves them.
 */
package io.jisr.app.programme;
