package io.jisr.app.federation;

import io.jisr.ais.identity.Flag;
import io.jisr.ais.identity.ImoNumber;
import io.jisr.ais.identity.MaritimeIdentificationDigits;
import io.jisr.ais.identity.Mmsi;
import io.jisr.ais.message.AisMessage;
import io.jisr.ais.message.Dimensions;
import io.jisr.ais.message.EpfdType;
import io.jisr.ais.message.ManeuverIndicator;
import io.jisr.ais.message.NavigationStatus;
import io.jisr.ais.message.Position;
import io.jisr.ais.message.PositionReportClassA;
import io.jisr.ais.message.RateOfTurn;
import io.jisr.ais.message.ReportSecond;
import io.jisr.ais.message.ShipType;
import io.jisr.ais.message.StaticAndVoyageData;
import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.picture.PictureEvent;
import io.jisr.picture.PositionFix;
import io.jisr.picture.StaticData;
import io.jisr.picture.Vessel;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Maps between the picture and shareable records: a picture event becomes a vessel-positions or
 * vessel-static record of this node, and a received record becomes the AIS message that puts it in
 * the local picture as heard by the partner's feed.
 *
 * <p>Coordinates go in the record's position only (the policy rounds that field), never in content.
 */
final class RecordMapping {
    /** AIS ship types of government vessels: 35 military operations, 55 law enforcement (ITU-R M.1371-5, Table 53). */
    private static final int MILITARY = 35;

    private static final int LAW_ENFORCEMENT = 55;

    private final Partner self;
    private final MaritimeIdentificationDigits mids;

    RecordMapping(Partner self, MaritimeIdentificationDigits mids) {
        this.self = self;
        this.mids = mids;
    }

    /** The record this node makes of a picture event, if the event is one it shares. */
    Optional<ShareableRecord> record(PictureEvent event) {
        return switch (event) {
            case PictureEvent.PositionReported p
            when p.disposition() != PictureEvent.Disposition.SUSPECT -> Optional.of(position(p.vessel(), p.fix()));
            case PictureEvent.StaticDataChanged s -> Optional.of(staticData(s.vessel(), s.time()));
            case PictureEvent.PositionReported p -> Optional.empty();
            // A vessel first heard through its static data appears with it, without a StaticDataChanged.
            case PictureEvent.VesselAppeared a
            when !a.vessel().staticData().equals(StaticData.NONE) ->
                Optional.of(staticData(a.vessel(), a.vessel().firstSeen()));
            case PictureEvent.VesselAppeared a -> Optional.empty();
            case PictureEvent.VesselWentStale w -> Optional.empty();
        };
    }

    /** The key that ties a received record to the picture event it causes, to recognise the echo. */
    static String eventKey(PictureEvent event) {
        return switch (event) {
            case PictureEvent.PositionReported p ->
                "pos/" + p.vessel().mmsi().value() + "/" + p.fix().time().toEpochMilli();
            case PictureEvent.StaticDataChanged s ->
                "static/" + s.vessel().mmsi().value() + "/" + s.time().toEpochMilli();
            case PictureEvent.VesselAppeared a ->
                "static/" + a.vessel().mmsi().value() + "/"
                        + a.vessel().firstSeen().toEpochMilli();
            case PictureEvent.VesselWentStale w -> "";
        };
    }

    /** The same key for a received record, or empty when it will not reach the picture. */
    static Optional<String> eventKey(ShareableRecord record) {
        if (!(record.subject() instanceof Subject.Vessel v) || v.mmsi().isEmpty()) {
            return Optional.empty();
        }
        String kind = record.category().equals(DataCategory.VESSEL_POSITIONS) ? "pos" : "static";
        return Optional.of(
                kind + "/" + v.mmsi().get() + "/" + record.observedAt().toEpochMilli());
    }

    private ShareableRecord position(Vessel vessel, PositionFix fix) {
        TreeMap<String, String> content = new TreeMap<>();
        fix.speedKnots().ifPresent(v -> content.put("speedKnots", Double.toString(v)));
        fix.courseDegrees().ifPresent(v -> content.put("courseDegrees", Double.toString(v)));
        fix.headingDegrees().ifPresent(v -> content.put("headingDegrees", Integer.toString(v)));
        fix.status().ifPresent(s -> content.put("navigationStatus", s.name()));
        vessel.staticData().name().ifPresent(n -> content.put("name", n));
        return new ShareableRecord(
                "pos/" + vessel.mmsi().value() + "/" + fix.time(),
                DataCategory.VESSEL_POSITIONS,
                new Origin(self.nation(), self.node(), "ais"),
                fix.time(),
                Optional.of(
                        GeoPoint.of(fix.position().latitude(), fix.position().longitude())),
                subject(vessel),
                content,
                Optional.empty(),
                Optional.empty());
    }

    private ShareableRecord staticData(Vessel vessel, java.time.Instant time) {
        StaticData s = vessel.staticData();
        TreeMap<String, String> content = new TreeMap<>();
        s.name().ifPresent(v -> content.put("name", v));
        s.callSign().ifPresent(v -> content.put("callSign", v));
        s.imo().ifPresent(v -> content.put("imo", Integer.toString(v.value())));
        s.destination().ifPresent(v -> content.put("destination", v));
        s.dimensions()
                .ifPresent(d -> content.put(
                        "dimensions", d.toBow() + "," + d.toStern() + "," + d.toPort() + "," + d.toStarboard()));
        s.draughtMetres().ifPresent(v -> content.put("draughtMetres", Double.toString(v)));
        // Static data has no position of its own; the vessel's current one places it for the annex's areas.
        Optional<GeoPoint> where = vessel.lastFix()
                .map(f -> GeoPoint.of(f.position().latitude(), f.position().longitude()));
        return new ShareableRecord(
                "static/" + vessel.mmsi().value() + "/" + time,
                DataCategory.VESSEL_STATIC,
                new Origin(self.nation(), self.node(), "ais"),
                time,
                where,
                subject(vessel),
                content,
                Optional.empty(),
                Optional.empty());
    }

    private Subject.Vessel subject(Vessel vessel) {
        Optional<Integer> type =
                vessel.staticData().shipType().map(ShipType::code).filter(c -> c >= 1 && c <= 99);
        Optional<Nation> flag = mids.flagOf(vessel.mmsi())
                .map(Flag::isoAlpha3)
                .filter(Nation::isAssigned)
                .map(Nation::of);
        boolean government =
                type.map(t -> t == MILITARY || t == LAW_ENFORCEMENT).orElse(false);
        return new Subject.Vessel(Optional.of(vessel.mmsi().value()), type, flag, government);
    }

    /**
     * The AIS message that puts a received record in the picture, if it can go there: vessel positions
     * and static data about a vessel with an MMSI. Values a partner sends that AIS cannot carry (a name
     * with characters outside the AIS alphabet, a speed over 102.2 kn) make it {@link Optional#empty()};
     * the record is still stored.
     */
    static Optional<AisMessage> message(ShareableRecord record) {
        if (!(record.subject() instanceof Subject.Vessel v) || v.mmsi().isEmpty()) {
            return Optional.empty();
        }
        try {
            Mmsi mmsi = Mmsi.of(v.mmsi().get());
            if (record.category().equals(DataCategory.VESSEL_POSITIONS)
                    && record.position().isPresent()) {
                GeoPoint p = record.position().get();
                return Optional.of(new PositionReportClassA(
                        1,
                        0,
                        mmsi,
                        record.content().containsKey("navigationStatus")
                                ? NavigationStatus.valueOf(record.content().get("navigationStatus"))
                                : NavigationStatus.NOT_DEFINED,
                        RateOfTurn.ofRaw(-128),
                        decimal(record, "speedKnots"),
                        false,
                        Optional.of(Position.of(p.latitude(), p.longitude())),
                        decimal(record, "courseDegrees"),
                        record.content().containsKey("headingDegrees")
                                ? OptionalInt.of(
                                        Integer.parseInt(record.content().get("headingDegrees")))
                                : OptionalInt.empty(),
                        ReportSecond.ofRaw(60),
                        ManeuverIndicator.NOT_AVAILABLE,
                        false,
                        0));
            }
            if (record.category().equals(DataCategory.VESSEL_STATIC)) {
                return Optional.of(new StaticAndVoyageData(
                        0,
                        mmsi,
                        0,
                        Optional.ofNullable(record.content().get("imo"))
                                .map(Integer::parseInt)
                                .map(ImoNumber::of),
                        Optional.ofNullable(record.content().get("callSign")),
                        Optional.ofNullable(record.content().get("name")),
                        v.shipType().map(ShipType::of),
                        dimensions(record.content().get("dimensions")),
                        EpfdType.ofCode(0),
                        Optional.empty(),
                        decimal(record, "draughtMetres"),
                        Optional.ofNullable(record.content().get("destination")),
                        false));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OptionalDouble decimal(ShareableRecord record, String name) {
        String value = record.content().get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value));
    }

    private static Dimensions dimensions(String text) {
        if (text == null) {
            return new Dimensions(0, 0, 0, 0);
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("dimensions must be four integers, was \"" + text + "\"");
        }
        return new Dimensions(
                Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
    }
}
