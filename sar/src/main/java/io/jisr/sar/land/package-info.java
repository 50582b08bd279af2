/**
 * Where particles strand: {@link io.jisr.sar.land.LandMask}, and the bundled raster of the Western
 * Mediterranean's land derived from Natural Earth (see {@code tools/sar/README.md}).
 */
package io.jisr.sar.land;
