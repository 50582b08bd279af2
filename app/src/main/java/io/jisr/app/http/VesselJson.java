package io.jisr.app.http;

import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.Eta;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One station as the API shows it. Values the station never sent are left out.
 *
 * @param mmsi the MMSI
 * @param kind the station kind ({@code CLASS_A}, {@code AID_TO_NAVIGATION}, ...)
 * @param name the name it sends
 * @param callSign its radio call sign
 * @param imo its IMO number, as sent
 * @param imoValid whether that number has seven digits and a correct check digit (stations send
 *     invalid ones, all ones being common); absent with {@code imo}
 * @param flag the flag its MMSI's MID stands for
 * @param shipType type of ship and cargo: code, the standard's text and Jisr's broad category
 * @param category the broad category used by the {@code category} filter; {@code UNKNOWN} without a
 *     ship type
 * @param dimensions distances from the reference point, with length and beam when known
 * @param destination declared destination
 * @param eta declared estimated time of arrival, as sent (no year)
 * @param draughtMetres declared draught
 * @param position the current position
 * @param firstSeen message time of its first report
 * @param lastSeen message time of its latest report
 * @param reports how many of its messages were applied
 * @param heardBy the receivers that heard it, with when each last did
 * @param partners the partner nodes whose records it was received in (their feeds {@code partner-<node>}
 *     among {@code heardBy}); absent when none
 */
record VesselJson(
        int mmsi,
        String kind,
        String name,
        String callSign,
        Integer imo,
        Boolean imoValid,
        FlagJson flag,
        ShipTypeJson shipType,
        String category,
        DimensionsJson dimensions,
        String destination,
        EtaJson eta,
        Double draughtMetres,
        FixJson position,
        Instant firstSeen,
        Instant lastSeen,
        long reports,
        List<ReceiverJson> heardBy,
        List<String> partners) {

    /** The prefix of the feed through which a partner node's records enter the picture ({@code partner-<node>}). */
    static final String PARTNER_FEED = "partner-";

    /**
     * A flag state.
     *
     * @param iso3 ISO 3166-1 alpha-3 code
     * @param name English name from the ITU MID table
     */
    record FlagJson(String iso3, String name) {}

    /**
     * A type of ship and cargo.
     *
     * @param code the table 53 code, 1 to 255
     * @param text the standard's wording
     * @param category Jisr's broad category for filters and map colours
     */
    record ShipTypeJson(int code, String text, String category) {}

    /**
     * Dimensions in metres.
     *
     * @param toBow reference point to bow
     * @param toStern reference point to stern
     * @param toPort reference point to port side
     * @param toStarboard reference point to starboard side
     * @param length length overall, when bow and stern are given
     * @param beam beam, when both sides are given
     */
    record DimensionsJson(int toBow, int toStern, int toPort, int toStarboard, Integer length, Integer beam) {}

    /**
     * An ETA as AIS sends it, each part separately optional.
     *
     * @param month 1 to 12
     * @param day 1 to 31
     * @param hour 0 to 23, UTC
     * @param minute 0 to 59
     */
    record EtaJson(Integer month, Integer day, Integer hour, Integer minute) {}

    /**
     * A receiver that heard the station.
     *
     * @param receiver the feed or tag-block source
     * @param lastHeard when it last heard the station
     */
    record ReceiverJson(String receiver, Instant lastHeard) {}

    static VesselJson of(Vessel v, MaritimeIdentificationDigits mids) {
        StaticData s = v.staticData();
        List<ReceiverJson> heardBy = new ArrayList<>(v.heardBy().size());
        for (Map.Entry<String, Instant> e : v.heardBy().asMap().entrySet()) {
            heardBy.add(new ReceiverJson(e.getKey(), e.getValue()));
        }
        List<String> partners = partners(v);
        String category = v.category().name();
        return new VesselJson(
                v.mmsi().value(),
                v.kind().name(),
                s.name().orElse(null),
                s.callSign().orElse(null),
                s.imo().map(i -> i.value()).orElse(null),
                s.imo().map(i -> i.isValid()).orElse(null),
                mids.flagOf(v.mmsi())
                        .map(f -> new FlagJson(f.isoAlpha3(), f.name()))
                        .orElse(null),
                s.shipType()
                        .map(t -> new ShipTypeJson(t.code(), t.description(), category))
                        .orElse(null),
                category,
                s.dimensions().map(VesselJson::dimensions).orElse(null),
                s.destination().orElse(null),
                s.eta().map(VesselJson::eta).orElse(null),
                s.draughtMetres().isPresent() ? s.draughtMetres().getAsDouble() : null,
                v.lastFix().map(FixJson::of).orElse(null),
                v.firstSeen(),
                v.lastSeen(),
                v.reports(),
                heardBy,
                partners.isEmpty() ? null : partners);
    }

    /** The partner nodes among the receivers that heard {@code v}, sorted; empty when none. */
    static List<String> partners(Vessel v) {
        List<String> partners = new ArrayList<>(1);
        for (String receiver : v.heardBy().asMap().keySet()) {
            if (receiver.startsWith(PARTNER_FEED) && receiver.length() > PARTNER_FEED.length()) {
                partners.add(receiver.substring(PARTNER_FEED.length()));
            }
        }
        partners.sort(null);
        return partners;
    }

    private static DimensionsJson dimensions(Dimensions d) {
        return new DimensionsJson(
                d.toBow(), d.toStern(), d.toPort(), d.toStarboard(), boxed(d.length()), boxed(d.beam()));
    }

    private static EtaJson eta(Eta e) {
        return new EtaJson(boxed(e.month()), boxed(e.day()), boxed(e.hour()), boxed(e.minute()));
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
