/**
 * The live maritime picture: one {@link io.jisr.picture.Vessel} per MMSI built from decoded AIS
 * messages in message time, with kinematic sanity checks, spatial and text queries, and the
 * {@link io.jisr.picture.PictureEvent}s that storage, the live view, detections and sharing consume.
 * Plain Java: no framework, no I/O.
 */
package io.jisr.picture;
