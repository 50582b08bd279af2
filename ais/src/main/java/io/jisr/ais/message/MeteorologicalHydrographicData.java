package io.jisr.ais.message;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Meteorological and hydrographic data, the application data of a binary broadcast (type 8) with DAC
 * 1 and FI 31 (IMO SN.1/Circ.289, annex "Meteorological and hydrographic data"): one observation of
 * a weather or hydrographic station.
 *
 * <p>Every field the circular marks "not available", and every value it reserves, is an empty
 * optional. A value at the top of a range also means "or more" where the circular says so: wind 126
 * knots, current speed 25.1 knots, wave and swell height 25.1 m, salinity 50.1 ‰; air pressure 799 hPa
 * means 799 hPa or less and 1201 hPa means 1201 hPa or more.
 *
 * @param position observation position, at 1/1,000 minute resolution
 * @param highAccuracy position accuracy flag: true for better than 10 m
 * @param day UTC day of the observation, 1 to 31
 * @param hour UTC hour, 0 to 23
 * @param minute UTC minute, 0 to 59
 * @param windSpeedKnots ten-minute average wind speed, 0 to 126
 * @param windGustKnots ten-minute maximum wind speed, 0 to 126
 * @param windDirectionDegrees wind direction, true, 0 to 359
 * @param windGustDirectionDegrees gust direction, true, 0 to 359
 * @param airTemperatureCelsius dry bulb temperature, -60.0 to 60.0 in steps of 0.1
 * @param relativeHumidityPercent relative humidity, 0 to 100
 * @param dewPointCelsius dew point, -20.0 to 50.0 in steps of 0.1
 * @param airPressureHectopascals air pressure at sea level, 799 to 1201
 * @param airPressureTendency air pressure tendency
 * @param visibilityGreaterThan true when the visibility is greater than the value given
 * @param visibilityNauticalMiles horizontal visibility, 0.0 to 12.6 in steps of 0.1
 * @param waterLevelMetres water level including tide, deviation from local chart datum, -10.00 to
 *     30.00 in steps of 0.01
 * @param waterLevelTrend water level trend
 * @param surfaceCurrentSpeedKnots surface current speed, 0.0 to 25.1 in steps of 0.1
 * @param surfaceCurrentDirectionDegrees surface current direction, true, 0 to 359
 * @param current2SpeedKnots current speed at the second measuring level, 0.0 to 25.1
 * @param current2DirectionDegrees current direction at the second level, 0 to 359
 * @param current2DepthMetres depth of the second level below the surface, 0 to 30
 * @param current3SpeedKnots current speed at the third measuring level, 0.0 to 25.1
 * @param current3DirectionDegrees current direction at the third level, 0 to 359
 * @param current3DepthMetres depth of the third level below the surface, 0 to 30
 * @param waveHeightMetres significant wave height, 0.0 to 25.1 in steps of 0.1
 * @param wavePeriodSeconds wave period, 0 to 60
 * @param waveDirectionDegrees wave direction, true, 0 to 359
 * @param swellHeightMetres swell height, 0.0 to 25.1 in steps of 0.1
 * @param swellPeriodSeconds swell period, 0 to 60
 * @param swellDirectionDegrees swell direction, true, 0 to 359
 * @param seaStateBeaufort sea state on the Beaufort scale, 0 to 12
 * @param waterTemperatureCelsius water temperature, -10.0 to 50.0 in steps of 0.1
 * @param precipitation precipitation type (WMO code table 4.201)
 * @param salinityPerMille salinity, 0.0 to 50.1 in steps of 0.1
 * @param ice whether there is ice
 */
public record MeteorologicalHydrographicData(
        Optional<Position> position,
        boolean highAccuracy,
        OptionalInt day,
        OptionalInt hour,
        OptionalInt minute,
        OptionalInt windSpeedKnots,
        OptionalInt windGustKnots,
        OptionalInt windDirectionDegrees,
        OptionalInt windGustDirectionDegrees,
        OptionalDouble airTemperatureCelsius,
        OptionalInt relativeHumidityPercent,
        OptionalDouble dewPointCelsius,
        OptionalInt airPressureHectopascals,
        Optional<Tendency> airPressureTendency,
        boolean visibilityGreaterThan,
        OptionalDouble visibilityNauticalMiles,
        OptionalDouble waterLevelMetres,
        Optional<Tendency> waterLevelTrend,
        OptionalDouble surfaceCurrentSpeedKnots,
        OptionalInt surfaceCurrentDirectionDegrees,
        OptionalDouble current2SpeedKnots,
        OptionalInt current2DirectionDegrees,
        OptionalInt current2DepthMetres,
        OptionalDouble current3SpeedKnots,
        OptionalInt current3DirectionDegrees,
        OptionalInt current3DepthMetres,
        OptionalDouble waveHeightMetres,
        OptionalInt wavePeriodSeconds,
        OptionalInt waveDirectionDegrees,
        OptionalDouble swellHeightMetres,
        OptionalInt swellPeriodSeconds,
        OptionalInt swellDirectionDegrees,
        OptionalInt seaStateBeaufort,
        OptionalDouble waterTemperatureCelsius,
        Optional<Precipitation> precipitation,
        OptionalDouble salinityPerMille,
        Optional<Boolean> ice) {

    /*
     * Implementation note: field widths, scales and "not available" codes follow IMO
     * SN.1/Circ.289; gpsd's JSON shows these codes as numbers (wspeed 127, wdir 360, humidity 101,
     * airtemp -102.4, dewpoint 50.1, pressure raw 511, visibility raw 127, waterlevel raw 4001,
     * cspeed 25.5, waveperiod 63, seastate 13, watertemp 50.1, preciptype 7, salinity raw 510,
     * ice 3). Salinity 511 ("sensor not available") is also empty. Reserved codes (pressure 403-510,
     * speeds and heights 252-254, precipitation 0 and 6, ice 2, sea state 14-15, out-of-range
     * temperatures) carry no observation and are empty too; the message keeps the raw bits, so
     * nothing is lost by this.
     */

    /** Application data length in bits: 360-bit message minus the 56-bit binary broadcast header. */
    public static final int DATA_BITS = 304;

    /** The designated area code of this application: international. */
    public static final int DAC = 1;

    /** The function identifier of this application. */
    public static final int FI = 31;

    /** A trend of air pressure or water level. */
    public enum Tendency implements Coded {
        /** 0: steady. */
        STEADY,
        /** 1: decreasing. */
        DECREASING,
        /** 2: increasing. */
        INCREASING;

        /** Returns the two-bit code. */
        @Override
        public int code() {
            return ordinal();
        }
    }

    /** Type of precipitation, WMO code table 4.201 as the circular uses it. */
    public enum Precipitation implements Coded {
        /** 1: rain. */
        RAIN,
        /** 2: thunderstorm. */
        THUNDERSTORM,
        /** 3: freezing rain. */
        FREEZING_RAIN,
        /** 4: mixed or ice. */
        MIXED_OR_ICE,
        /** 5: snow. */
        SNOW;

        /** Returns the three-bit code. */
        @Override
        public int code() {
            return ordinal() + 1;
        }
    }

    /** Checks every field against its range in the circular. */
    public MeteorologicalHydrographicData {
        check("day", day, 1, 31);
        check("hour", hour, 0, 23);
        check("minute", minute, 0, 59);
        check("wind speed", windSpeedKnots, 0, 126);
        check("wind gust", windGustKnots, 0, 126);
        check("wind direction", windDirectionDegrees, 0, 359);
        check("wind gust direction", windGustDirectionDegrees, 0, 359);
        check("air temperature", airTemperatureCelsius, -60.0, 60.0);
        check("relative humidity", relativeHumidityPercent, 0, 100);
        check("dew point", dewPointCelsius, -20.0, 50.0);
        check("air pressure", airPressureHectopascals, 799, 1201);
        check("visibility", visibilityNauticalMiles, 0.0, 12.6);
        check("water level", waterLevelMetres, -10.0, 30.0);
        check("surface current speed", surfaceCurrentSpeedKnots, 0.0, 25.1);
        check("surface current direction", surfaceCurrentDirectionDegrees, 0, 359);
        check("current 2 speed", current2SpeedKnots, 0.0, 25.1);
        check("current 2 direction", current2DirectionDegrees, 0, 359);
        check("current 2 depth", current2DepthMetres, 0, 30);
        check("current 3 speed", current3SpeedKnots, 0.0, 25.1);
        check("current 3 direction", current3DirectionDegrees, 0, 359);
        check("current 3 depth", current3DepthMetres, 0, 30);
        check("wave height", waveHeightMetres, 0.0, 25.1);
        check("wave period", wavePeriodSeconds, 0, 60);
        check("wave direction", waveDirectionDegrees, 0, 359);
        check("swell height", swellHeightMetres, 0.0, 25.1);
        check("swell period", swellPeriodSeconds, 0, 60);
        check("swell direction", swellDirectionDegrees, 0, 359);
        check("sea state", seaStateBeaufort, 0, 12);
        check("water temperature", waterTemperatureCelsius, -10.0, 50.0);
        check("salinity", salinityPerMille, 0.0, 50.1);
    }

    /**
     * Decodes application data of a DAC 1 FI 31 message; empty unless it is exactly {@value
     * #DATA_BITS} bits long, since a different length is not this layout.
     */
    public static Optional<MeteorologicalHydrographicData> parse(BitString data) {
        if (data.length() != DATA_BITS) {
            return Optional.empty();
        }
        BitBuffer b = new BitBuffer();
        b.append(data);
        Optional<Position> position = Coordinates.THOUSANDTH_MINUTE.read(b, 0);
        Cursor c = new Cursor(b, 49);
        return Optional.of(new MeteorologicalHydrographicData(
                position,
                c.flag(),
                c.unsigned(5, 1, 31),
                c.unsigned(5, 0, 23),
                c.unsigned(6, 0, 59),
                c.unsigned(7, 0, 126),
                c.unsigned(7, 0, 126),
                c.unsigned(9, 0, 359),
                c.unsigned(9, 0, 359),
                c.signedTenths(11, -600, 600),
                c.unsigned(7, 0, 100),
                c.signedTenths(10, -200, 500),
                offset(c.unsigned(9, 0, 402), 799),
                tendency(c.raw(2)),
                c.flag(),
                c.unsignedScaled(7, 0, 126, 10),
                waterLevel(c.unsigned(12, 0, 4000)),
                tendency(c.raw(2)),
                c.unsignedScaled(8, 0, 251, 10),
                c.unsigned(9, 0, 359),
                c.unsignedScaled(8, 0, 251, 10),
                c.unsigned(9, 0, 359),
                c.unsigned(5, 0, 30),
                c.unsignedScaled(8, 0, 251, 10),
                c.unsigned(9, 0, 359),
                c.unsigned(5, 0, 30),
                c.unsignedScaled(8, 0, 251, 10),
                c.unsigned(6, 0, 60),
                c.unsigned(9, 0, 359),
                c.unsignedScaled(8, 0, 251, 10),
                c.unsigned(6, 0, 60),
                c.unsigned(9, 0, 359),
                c.unsigned(4, 0, 12),
                c.signedTenths(10, -100, 500),
                precipitation(c.raw(3)),
                c.unsignedScaled(9, 0, 501, 10),
                ice(c.raw(2))));
    }

    /** Encodes the observation as the {@value #DATA_BITS} bits of application data, the inverse of {@link #parse}. */
    public BitString toBits() {
        BitBuffer out = new BitBuffer();
        Coordinates.THOUSANDTH_MINUTE.write(out, position);
        out.append(highAccuracy ? 1 : 0, 1);
        out.append(day.orElse(0), 5);
        out.append(hour.orElse(24), 5);
        out.append(minute.orElse(60), 6);
        out.append(windSpeedKnots.orElse(127), 7);
        out.append(windGustKnots.orElse(127), 7);
        out.append(windDirectionDegrees.orElse(360), 9);
        out.append(windGustDirectionDegrees.orElse(360), 9);
        out.append(scaled(airTemperatureCelsius, 10, -1024), 11);
        out.append(relativeHumidityPercent.orElse(101), 7);
        out.append(scaled(dewPointCelsius, 10, 501), 10);
        out.append(airPressureHectopascals.isPresent() ? airPressureHectopascals.getAsInt() - 799 : 511, 9);
        out.append(airPressureTendency.map(Tendency::code).orElse(3), 2);
        out.append(visibilityGreaterThan ? 1 : 0, 1);
        out.append(scaled(visibilityNauticalMiles, 10, 127), 7);
        out.append(waterLevelMetres.isPresent() ? Math.round(waterLevelMetres.getAsDouble() * 100) + 1000 : 4001, 12);
        out.append(waterLevelTrend.map(Tendency::code).orElse(3), 2);
        out.append(scaled(surfaceCurrentSpeedKnots, 10, 255), 8);
        out.append(surfaceCurrentDirectionDegrees.orElse(360), 9);
        out.append(scaled(current2SpeedKnots, 10, 255), 8);
        out.append(current2DirectionDegrees.orElse(360), 9);
        out.append(current2DepthMetres.orElse(31), 5);
        out.append(scaled(current3SpeedKnots, 10, 255), 8);
        out.append(current3DirectionDegrees.orElse(360), 9);
        out.append(current3DepthMetres.orElse(31), 5);
        out.append(scaled(waveHeightMetres, 10, 255), 8);
        out.append(wavePeriodSeconds.orElse(63), 6);
        out.append(waveDirectionDegrees.orElse(360), 9);
        out.append(scaled(swellHeightMetres, 10, 255), 8);
        out.append(swellPeriodSeconds.orElse(63), 6);
        out.append(swellDirectionDegrees.orElse(360), 9);
        out.append(seaStateBeaufort.orElse(13), 4);
        out.append(scaled(waterTemperatureCelsius, 10, 501), 10);
        out.append(precipitation.map(Precipitation::code).orElse(7), 3);
        out.append(scaled(salinityPerMille, 10, 510), 9);
        out.append(ice.map(i -> i ? 1 : 0).orElse(3), 2);
        out.append(0, 10);
        return out.slice(0, DATA_BITS);
    }

    /** Reports the observation by gpsd's field names for this message (in lower camel case). */
    public void describe(FieldSink sink) {
        Coordinates.THOUSANDTH_MINUTE.describe(sink, position);
        sink.bool("accuracy", highAccuracy);
        sink.integer("day", day);
        sink.integer("hour", hour);
        sink.integer("minute", minute);
        sink.integer("wspeed", windSpeedKnots);
        sink.integer("wgust", windGustKnots);
        sink.integer("wdir", windDirectionDegrees);
        sink.integer("wgustdir", windGustDirectionDegrees);
        sink.decimal("airtemp", airTemperatureCelsius, 1);
        sink.integer("humidity", relativeHumidityPercent);
        sink.decimal("dewpoint", dewPointCelsius, 1);
        sink.integer("pressure", airPressureHectopascals);
        code(sink, "pressuretend", airPressureTendency);
        sink.bool("visgreater", visibilityGreaterThan);
        sink.decimal("visibility", visibilityNauticalMiles, 1);
        sink.decimal("waterlevel", waterLevelMetres, 2);
        code(sink, "leveltrend", waterLevelTrend);
        sink.decimal("cspeed", surfaceCurrentSpeedKnots, 1);
        sink.integer("cdir", surfaceCurrentDirectionDegrees);
        sink.decimal("cspeed2", current2SpeedKnots, 1);
        sink.integer("cdir2", current2DirectionDegrees);
        sink.integer("cdepth2", current2DepthMetres);
        sink.decimal("cspeed3", current3SpeedKnots, 1);
        sink.integer("cdir3", current3DirectionDegrees);
        sink.integer("cdepth3", current3DepthMetres);
        sink.decimal("waveheight", waveHeightMetres, 1);
        sink.integer("waveperiod", wavePeriodSeconds);
        sink.integer("wavedir", waveDirectionDegrees);
        sink.decimal("swellheight", swellHeightMetres, 1);
        sink.integer("swellperiod", swellPeriodSeconds);
        sink.integer("swelldir", swellDirectionDegrees);
        sink.integer("seastate", seaStateBeaufort);
        sink.decimal("watertemp", waterTemperatureCelsius, 1);
        code(sink, "preciptype", precipitation);
        sink.decimal("salinity", salinityPerMille, 1);
        if (ice.isPresent()) {
            sink.bool("ice", ice.get());
        } else {
            sink.absent("ice");
        }
    }

    private static void code(FieldSink sink, String name, Optional<? extends Coded> value) {
        if (value.isPresent()) {
            sink.code(name, value.get());
        } else {
            sink.absent(name);
        }
    }

    private static OptionalInt offset(OptionalInt raw, int offset) {
        return raw.isPresent() ? OptionalInt.of(raw.getAsInt() + offset) : raw;
    }

    /** Water level in centimetres above -10 m: subtracting first keeps the result the nearest double to the true value. */
    private static OptionalDouble waterLevel(OptionalInt raw) {
        return raw.isPresent() ? OptionalDouble.of((raw.getAsInt() - 1000) / 100.0) : OptionalDouble.empty();
    }

    private static Optional<Tendency> tendency(int raw) {
        return raw < 3 ? Optional.of(Tendency.values()[raw]) : Optional.empty();
    }

    private static Optional<Precipitation> precipitation(int raw) {
        return raw >= 1 && raw <= 5 ? Optional.of(Precipitation.values()[raw - 1]) : Optional.empty();
    }

    private static Optional<Boolean> ice(int raw) {
        return raw == 0 ? Optional.of(false) : raw == 1 ? Optional.of(true) : Optional.empty();
    }

    private static long scaled(OptionalDouble value, int factor, int notAvailable) {
        return value.isPresent() ? Math.round(value.getAsDouble() * factor) : notAvailable;
    }

    private static void check(String name, OptionalInt value, int min, int max) {
        if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
            throw new IllegalArgumentException(
                    name + " must be within " + min + ".." + max + ", was " + value.getAsInt());
        }
    }

    private static void check(String name, OptionalDouble value, double min, double max) {
        if (value.isPresent() && !(value.getAsDouble() >= min && value.getAsDouble() <= max)) {
            throw new IllegalArgumentException(
                    name + " must be within " + min + ".." + max + ", was " + value.getAsDouble());
        }
    }

    /** Reads consecutive fields, mapping values outside a field's defined range to empty. */
    private static final class Cursor {
        private final BitBuffer bits;
        private int at;

        Cursor(BitBuffer bits, int at) {
            this.bits = bits;
            this.at = at;
        }

        int raw(int width) {
            int v = bits.unsigned(at, width);
            at += width;
            return v;
        }

        boolean flag() {
            return raw(1) != 0;
        }

        OptionalInt unsigned(int width, int min, int max) {
            int v = raw(width);
            return v >= min && v <= max ? OptionalInt.of(v) : OptionalInt.empty();
        }

        OptionalDouble unsignedScaled(int width, int min, int max, int divisor) {
            int v = raw(width);
            return v >= min && v <= max ? OptionalDouble.of((double) v / divisor) : OptionalDouble.empty();
        }

        OptionalDouble signedTenths(int width, int min, int max) {
            int v = bits.signed(at, width);
            at += width;
            return v >= min && v <= max ? OptionalDouble.of(v / 10.0) : OptionalDouble.empty();
        }
    }
}
