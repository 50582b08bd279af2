/**
 * The node's HTTP face: the JSON API over the picture, the feeds and the store, the live WebSocket
 * view, health and Prometheus metrics, and the OpenAPI document that describes them; and who may use
 * them: sign-in, sessions, tokens and accounts ({@code AccessRoutes}), the check of every request
 * ({@code AccessGate} by {@code RouteAccess}), the security headers and HTTPS. The access classes live
 * here rather than in a sub-package so that they share the package's error shape and JSON writing. Domain records
 * never leave this package as they are: each answer is a DTO record of this package.
 */
package io.jisr.app.http;
