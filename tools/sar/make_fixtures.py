#!/usr/bin/env python3
"""Writes the CDL sources of the sar module's NetCDF-4 test fixtures (tools/sar/fixtures/*.cdl).

Run tools/sar/build-fixtures.sh to regenerate the CDL and the .nc files (needs ncgen from Debian's
netcdf-bin). The values are affine in latitude, longitude and time, so bilinear-in-space and
linear-in-time interpolation must reproduce them exactly: the tests compute the expected values from
the same formulas.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")


def current_east(t_hours, lat, lon):
    return 0.10 + 0.02 * (lat - 36) + 0.03 * (lon - 2) + 0.01 * t_hours


def current_north(t_hours, lat, lon):
    return -0.20 + 0.05 * (lat - 36) - 0.01 * (lon - 2) + 0.005 * t_hours


def wind_east(t_hours, lat, lon):
    return 5.0 + 0.5 * (lat - 36) - 0.25 * (lon - 2) + 0.1 * t_hours


def wind_north(t_hours, lat, lon):
    return -3.0 + 0.2 * (lat - 36) + 0.4 * (lon - 2) - 0.05 * t_hours


LATS = [36.0, 36.5, 37.0, 37.5, 38.0]
LONS = [2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0]
TIMES = [0.0, 6.0, 12.0]


def values(fn, lats, times, scale=1.0, offset=0.0, fmt="{:.6f}", integer=False):
    out = []
    for t in times:
        for la in lats:
            for lo in LONS:
                v = (fn(t, la, lo) - offset) / scale
                out.append(str(int(round(v))) if integer else fmt.format(v))
    return ", ".join(out)


def header(name, lats):
    return f"""netcdf {name} {{
dimensions:
\ttime = {len(TIMES)} ;
\tdepth = 1 ;
\tlatitude = {len(lats)} ;
\tlongitude = {len(LONS)} ;
variables:
\tdouble time(time) ;
\t\ttime:standard_name = "time" ;
\t\ttime:units = "hours since 2026-01-01 00:00:00" ;
\t\ttime:calendar = "gregorian" ;
\tfloat depth(depth) ;
\t\tdepth:standard_name = "depth" ;
\t\tdepth:units = "m" ;
\tfloat latitude(latitude) ;
\t\tlatitude:standard_name = "latitude" ;
\t\tlatitude:units = "degrees_north" ;
\tfloat longitude(longitude) ;
\t\tlongitude:standard_name = "longitude" ;
\t\tlongitude:units = "degrees_east" ;
"""


def velocity(var, std, units, dims, extra=""):
    return f"""\tfloat {var}({dims}) ;
\t\t{var}:standard_name = "{std}" ;
\t\t{var}:units = "{units}" ;
{extra}"""


def axes_data(lats):
    return f"""data:
 time = {", ".join(str(t) for t in TIMES)} ;
 depth = 0.5 ;
 latitude = {", ".join(str(x) for x in lats)} ;
 longitude = {", ".join(str(x) for x in LONS)} ;
"""


def write(name, text):
    with open(os.path.join(OUT, name + ".cdl"), "w") as f:
        f.write(text)


def main():
    os.makedirs(OUT, exist_ok=True)
    d4 = "time, depth, latitude, longitude"
    d3 = "time, latitude, longitude"

    # Both fields; currents 4-D with one depth (as CMEMS publishes them), wind 3-D.
    text = header("grid_both", LATS)
    text += velocity("uo", "eastward_sea_water_velocity", "m s-1", d4)
    text += velocity("vo", "northward_sea_water_velocity", "m s-1", d4)
    text += velocity("u10", "eastward_wind", "m/s", d3)
    text += velocity("v10", "northward_wind", "m/s", d3)
    text += "\n// global attributes:\n\t\t:Conventions = \"CF-1.8\" ;\n"
    text += axes_data(LATS)
    text += f" uo = {values(current_east, LATS, TIMES)} ;\n"
    text += f" vo = {values(current_north, LATS, TIMES)} ;\n"
    text += f" u10 = {values(wind_east, LATS, TIMES)} ;\n"
    text += f" v10 = {values(wind_north, LATS, TIMES)} ;\n}}\n"
    write("grid_both", text)

    # Wind only, latitudes north to south (as ERA5), packed in shorts with scale_factor and add_offset.
    desc = list(reversed(LATS))
    packed = lambda var, std: (f"""\tshort {var}(time, latitude, longitude) ;
\t\t{var}:standard_name = "{std}" ;
\t\t{var}:units = "m s**-1" ;
\t\t{var}:scale_factor = 0.001 ;
\t\t{var}:add_offset = 1.0 ;
\t\t{var}:_FillValue = -32767s ;
""")
    text = header("wind_packed_descending", desc).replace("\tdepth = 1 ;\n", "")
    text = text.replace("\tfloat depth(depth) ;\n\t\tdepth:standard_name = \"depth\" ;\n\t\tdepth:units = \"m\" ;\n", "")
    text += packed("u10", "eastward_wind") + packed("v10", "northward_wind")
    text += axes_data(desc).replace(" depth = 0.5 ;\n", "")
    text += f" u10 = {values(wind_east, desc, TIMES, 0.001, 1.0, integer=True)} ;\n"
    text += f" v10 = {values(wind_north, desc, TIMES, 0.001, 1.0, integer=True)} ;\n}}\n"
    write("wind_packed_descending", text)

    # Current only: asking it for wind must fail clearly.
    text = header("current_only", LATS)
    text += velocity("uo", "eastward_sea_water_velocity", "m s-1", d4)
    text += velocity("vo", "northward_sea_water_velocity", "m s-1", d4)
    text += axes_data(LATS)
    text += f" uo = {values(current_east, LATS, TIMES)} ;\n"
    text += f" vo = {values(current_north, LATS, TIMES)} ;\n}}\n"
    write("current_only", text)

    # Eastward current without its northward partner.
    text = header("current_east_only", LATS)
    text += velocity("uo", "eastward_sea_water_velocity", "m s-1", d4)
    text += axes_data(LATS)
    text += f" uo = {values(current_east, LATS, TIMES)} ;\n}}\n"
    write("current_east_only", text)

    # Currents in cm/s: wrong units.
    text = header("current_cm_per_s", LATS)
    text += velocity("uo", "eastward_sea_water_velocity", "cm s-1", d4)
    text += velocity("vo", "northward_sea_water_velocity", "cm s-1", d4)
    text += axes_data(LATS)
    text += f" uo = {values(current_east, LATS, TIMES, 0.01)} ;\n"
    text += f" vo = {values(current_north, LATS, TIMES, 0.01)} ;\n}}\n"
    write("current_cm_per_s", text)


if __name__ == "__main__":
    main()
