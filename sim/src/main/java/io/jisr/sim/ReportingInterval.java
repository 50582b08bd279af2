package io.jisr.sim;

import io.jisr.ais.message.NavigationStatus;

/**
 * How often a transponder sends its reports: the autonomous-mode intervals of ITU-R M.1371-5.
 *
 * <p>Class A, Annex 1, Table 1 ("Class A shipborne mobile equipment reporting intervals"):
 *
 * <table>
 *   <caption>Class A</caption>
 *   <tr><th>ship's dynamic conditions</th><th>nominal interval</th></tr>
 *   <tr><td>at anchor or moored, not moving faster than 3 knots</td><td>3 min</td></tr>
 *   <tr><td>at anchor or moored, moving faster than 3 knots</td><td>10 s</td></tr>
 *   <tr><td>0–14 knots</td><td>10 s</td></tr>
 *   <tr><td>0–14 knots and changing course</td><td>3 1/3 s</td></tr>
 *   <tr><td>14–23 knots</td><td>6 s</td></tr>
 *   <tr><td>14–23 knots and changing course</td><td>2 s</td></tr>
 *   <tr><td>faster than 23 knots</td><td>2 s</td></tr>
 *   <tr><td>faster than 23 knots and changing course</td><td>2 s</td></tr>
 * </table>
 *
 * <p>Class B "CS", Annex 1, Table 2 (reporting intervals of equipment other than Class A): 3 min at
 * or below 2 knots, 30 s above; the same table gives 3 min for an aid to navigation and 10 s for a
 * base station. Static data: Class A message 5 and Class B message 24 (parts A and B) every 6 min.
 */
public final class ReportingInterval {
    /** Static and voyage data (Class A message 5, Class B message 24 A and B): every 6 minutes. */
    public static final long STATIC_MILLIS = 360_000;

    /** Aid-to-navigation report (message 21) when autonomous: every 3 minutes. */
    public static final long AID_TO_NAVIGATION_MILLIS = 180_000;

    /** Base station report (message 4): every 10 seconds. */
    public static final long BASE_STATION_MILLIS = 10_000;

    private ReportingInterval() {}

    /** Returns the Class A position reporting interval in milliseconds for this state. */
    public static long classA(VesselState state) {
        return classA(state.speedKnots(), state.changingCourse(), state.status());
    }

    /** Returns the Class A position reporting interval in milliseconds. */
    public static long classA(double speedKnots, boolean changingCourse, NavigationStatus status) {
        boolean atRest = status == NavigationStatus.AT_ANCHOR || status == NavigationStatus.MOORED;
        if (atRest) {
            return speedKnots > 3 ? 10_000 : 180_000;
        }
        if (speedKnots <= 14) {
            return changingCourse ? 3_333 : 10_000;
        }
        if (speedKnots <= 23) {
            return changingCourse ? 2_000 : 6_000;
        }
        return 2_000;
    }

    /** Returns the Class B "CS" position reporting interval in milliseconds. */
    public static long classB(double speedKnots) {
        return speedKnots > 2 ? 30_000 : 180_000;
    }
}
