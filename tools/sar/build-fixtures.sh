#!/bin/sh
# Regenerates the sar module's NetCDF-4 test fixtures from their CDL sources (needs ncgen: Debian netcdf-bin).
# The .nc files are committed; the build and the tests never run this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../sar/src/test/resources/io/jisr/sar/env"
python3 "$here/make_fixtures.py"
mkdir -p "$out"
for cdl in "$here"/fixtures/*.cdl; do
    name=$(basename "$cdl" .cdl)
    ncgen -k nc4 -o "$out/$name.nc" "$cdl"
    echo "$out/$name.nc: $(wc -c < "$out/$name.nc") bytes"
done
