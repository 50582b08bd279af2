package io.jisr.ais.message;

import io.jisr.ais.identity.Mmsi;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Base station report (message type 4) or UTC and date response (message type 11), ITU-R M.1371-5
 * Annex 8 messages 4 and 11: both carry the same fields and differ only in their type number.
 *
 * <p>Each part of the UTC date and time is "not available" on its own (year 0, month 0, day 0, hour
 * 24, minute 60, second 60), so each is an {@link OptionalInt}; {@link #utc()} combines them when all
 * six are given and form a real instant.
 *
 * @param messageType 4 or 11
 * @param repeatIndicator 0 to 3
 * @param mmsi the reporting station
 * @param year UTC year, 1 to 9999
 * @param month UTC month, 1 to 12
 * @param day UTC day of the month, 1 to 31
 * @param hour UTC hour, 0 to 23
 * @param minute UTC minute, 0 to 59
 * @param second UTC second, 0 to 59
 * @param highAccuracy position accuracy flag: true for better than 10 m (DGNSS)
 * @param position reported position of the station
 * @param epfd type of position fixing device; {@link EpfdType#SURVEYED} is usual for a base station
 * @param longRangeRequested transmission control for long-range broadcast (bit 138): true asks Class
 *     A stations within coverage to transmit message 27; message 11 leaves the bit zero
 * @param raim whether receiver autonomous integrity monitoring is in use
 * @param radioStatus the 19-bit SOTDMA communication state, uninterpreted
 */
public record BaseStationReport(
        int messageType,
        int repeatIndicator,
        Mmsi mmsi,
        OptionalInt year,
        OptionalInt month,
        OptionalInt day,
        OptionalInt hour,
        OptionalInt minute,
        OptionalInt second,
        boolean highAccuracy,
        Optional<Position> position,
        EpfdType epfd,
        boolean longRangeRequested,
        boolean raim,
        int radioStatus)
        implements AisMessage {

    /*
     * Implementation note: a part outside its defined range (year 10000-16383, month 13-15, hour
     * 25-31, minute and second 61-63) decodes as not available, as an impossible position does: gpsd
     * and pyais pass such values through (year 10196 in gpsd's sample.aivdm), but they name no time.
     * Day 29-31 is not checked against the month here; utc() is empty for a date that does not exist.
     */

    /** Payload length in bits. */
    static final int BITS = 168;

    /** Checks every field against its range in the standard. */
    public BaseStationReport {
        if (messageType != 4 && messageType != 11) {
            throw new IllegalArgumentException("base station report type must be 4 or 11, was " + messageType);
        }
        Kinematics.checkRepeat(repeatIndicator);
        checkPart("year", year, 1, 9999);
        checkPart("month", month, 1, 12);
        checkPart("day", day, 1, 31);
        checkPart("hour", hour, 0, 23);
        checkPart("minute", minute, 0, 59);
        checkPart("second", second, 0, 59);
        Kinematics.checkUnsigned("radio status", radioStatus, 19);
    }

    /** Decodes a payload already checked to hold at least {@link #BITS} bits. */
    static BaseStationReport decode(BitBuffer b) {
        return new BaseStationReport(
                b.unsigned(0, 6),
                b.unsigned(6, 2),
                new Mmsi(b.unsigned(8, 30)),
                part(b.unsigned(38, 14), 1, 9999),
                part(b.unsigned(52, 4), 1, 12),
                part(b.unsigned(56, 5), 1, 31),
                part(b.unsigned(61, 5), 0, 23),
                part(b.unsigned(66, 6), 0, 59),
                part(b.unsigned(72, 6), 0, 59),
                b.flag(78),
                Coordinates.TEN_THOUSANDTH_MINUTE.read(b, 79),
                EpfdType.ofCode(b.unsigned(134, 4)),
                b.flag(138),
                b.flag(148),
                b.unsigned(149, 19));
    }

    /** Returns the UTC instant when every part is given and names a real date and time. */
    public Optional<Instant> utc() {
        if (year.isEmpty()
                || month.isEmpty()
                || day.isEmpty()
                || hour.isEmpty()
                || minute.isEmpty()
                || second.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(
                            year.getAsInt(),
                            month.getAsInt(),
                            day.getAsInt(),
                            hour.getAsInt(),
                            minute.getAsInt(),
                            second.getAsInt())
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            // 31 April or 29 February of a common year: every part is in range but the date is not real.
            return Optional.empty();
        }
    }

    @Override
    public void encode(BitBuffer out) {
        out.append(messageType, 6);
        out.append(repeatIndicator, 2);
        out.append(mmsi.value(), 30);
        out.append(year.orElse(0), 14);
        out.append(month.orElse(0), 4);
        out.append(day.orElse(0), 5);
        out.append(hour.orElse(24), 5);
        out.append(minute.orElse(60), 6);
        out.append(second.orElse(60), 6);
        out.append(highAccuracy ? 1 : 0, 1);
        Coordinates.TEN_THOUSANDTH_MINUTE.write(out, position);
        out.append(epfd.code(), 4);
        out.append(longRangeRequested ? 1 : 0, 1);
        out.append(0, 9);
        out.append(raim ? 1 : 0, 1);
        out.append(radioStatus, 19);
    }

    @Override
    public void describe(FieldSink sink) {
        sink.integer("year", year);
        sink.integer("month", month);
        sink.integer("day", day);
        sink.integer("hour", hour);
        sink.integer("minute", minute);
        sink.integer("second", second);
        sink.bool("accuracy", highAccuracy);
        Coordinates.TEN_THOUSANDTH_MINUTE.describe(sink, position);
        sink.code("epfd", epfd);
        sink.bool("longRangeRequested", longRangeRequested);
        sink.bool("raim", raim);
        sink.integer("radio", radioStatus);
    }

    private static OptionalInt part(int raw, int min, int max) {
        return raw >= min && raw <= max ? OptionalInt.of(raw) : OptionalInt.empty();
    }

    private static void checkPart(String name, OptionalInt value, int min, int max) {
        if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
            throw new IllegalArgumentException(
                    "UTC " + name + " must be within " + min + ".." + max + ", was " + value.getAsInt());
        }
    }
}
