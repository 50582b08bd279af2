/**
 * The geography the simulator keeps its vessels in: the land model of the Western Mediterranean
 * (Natural Earth 1:10m) with a grid index for point-in-land tests, spherical distances, and the sea
 * lanes and port approaches as a waypoint graph whose legs are checked to stay off land.
 */
package io.jisr.sim.geo;
