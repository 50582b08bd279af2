/**
 * The node's HTTP face: the JSON API over the picture, the feeds and the store, the live WebSocket
 * view, health and Prometheus metrics, and the OpenAPI document that describes them. Domain records
 * never leave this package as they are: each answer is a DTO record of this package.
 */
package io.jisr.app.http;
