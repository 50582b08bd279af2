/** Incident reports in the running node: the published reports, their index for the map and timeline, import. */
package io.jisr.app.incidents;
