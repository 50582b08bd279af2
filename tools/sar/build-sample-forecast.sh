#!/bin/sh
# Rebuilds the bundled sample forecast (synthetic; see README.md) from SampleForecast.java and the sar
# module's land mask. Needs a JDK 21+ and ncgen (Debian netcdf-bin). The build never runs this; the .nc
# file is committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root="$here/../.."
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cdl=$(mktemp --suffix=.cdl)
trap 'rm -f "$cdl"' EXIT
"$java" "$here/SampleForecast.java" "$root/sar/src/main/resources/io/jisr/sar/land/land-mask-wmed.bin.gz" > "$cdl"
out="$root/sar/src/main/resources/io/jisr/sar/sample/western-med-sample-forecast.nc"
mkdir -p "$(dirname "$out")"
ncgen -k nc4 -o "$out" "$cdl"
echo "$out: $(wc -c < "$out") bytes"
