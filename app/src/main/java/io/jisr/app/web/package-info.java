/**
 * The watch officer's web application as the node serves it: the static files of the single-page UI
 * (plain ES modules, no build step), Leaflet from its WebJar, and the security headers that every
 * answer carries.
 */
package io.jisr.app.web;
