/**
 * The cooperation programme register: instruments (MoU, implementing arrangements, letters) with their
 * renewal and status rules, working groups, meetings, decisions and action items, and the dashboard over
 * all of it. Plain Java: storage, HTTP, the web UI and federation wire these types elsewhere.
 */
package io.jisr.programme;
