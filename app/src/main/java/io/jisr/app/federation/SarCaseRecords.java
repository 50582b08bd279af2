package io.jisr.app.federation;

import io.jisr.exchange.DataCategory;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Partner;
import io.jisr.exchange.record.Origin;
import io.jisr.exchange.record.ShareableRecord;
import io.jisr.exchange.record.Subject;
import io.jisr.sar.cases.CaseCustody;
import io.jisr.sar.cases.CaseLogEntry;
import io.jisr.sar.cases.LastKnownPosition;
import io.jisr.sar.cases.RescueCentre;
import io.jisr.sar.cases.SarCase;
import io.jisr.sar.drift.Position;
import io.jisr.store.SarCaseDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Maps a SAR case to a {@code sar-cases} record and back. One record is the whole state of the case at one
 * version (its log length): the receiver keeps the highest version it has and ignores the rest, so a record
 * received twice, late or out of order changes nothing, and a record withheld or lost is made good by the next.
 */
public final class SarCaseRecords {
    /*
     * On the wire the custody is absolute: the origin and the holder are always named, where a node's own
     * copy leaves out itself (empty means "this node"). Each log entry's actor carries the nation and node
     * it acted on ("sara@DZA/dza-1"): the sender qualifies its own unqualified entries, and the receiver
     * drops the qualifier of its own, so each node shows its own people by name and the partner's with
     * their centre. A user name never holds '@', so a qualified actor is never mistaken for a local one.
     *
     * The record's position is the case's datum: the last known point, the later end of a line, or the
     * mean of an area's vertices, so an annex limited to areas decides by where the case is. The content
     * carries the case's own positions (the last known position, the log's texts); an annex that would
     * round positions cannot round those, so the sharing service sends no case under such an annex.
     */
    static final String CASE = "case";
    static final String VERSION = "version";

    private SarCaseRecords() {}

    /** The record by which this node ({@code self}) shares {@code sarCase} as it stands. */
    public static ShareableRecord record(SarCase sarCase, Partner self) {
        RescueCentre here = centre(self);
        CaseCustody local = sarCase.custody();
        RescueCentre origin = local.origin().orElse(here);
        RescueCentre holder = local.holder().orElse(here);
        List<RescueCentre> followers = new ArrayList<>(local.followers());
        followers.remove(holder);
        CaseCustody absolute =
                new CaseCustody(Optional.of(origin), local.originReference(), Optional.of(holder), followers);
        List<CaseLogEntry> log = sarCase.log().stream()
                .map(e -> e.by().contains("@") ? e : withBy(e, e.by() + "@" + here))
                .toList();
        SarCase wire = sarCase.withLog(log).withCustody(local.originReference(), absolute);
        SortedMap<String, String> content = new TreeMap<>();
        content.put(CASE, SarCaseDocument.write(wire));
        content.put(VERSION, Integer.toString(sarCase.version()));
        return new ShareableRecord(
                "sar/" + origin.nation() + "/" + origin.node() + "/" + local.originReference() + "/v"
                        + sarCase.version(),
                DataCategory.SAR_CASES,
                new Origin(self.nation(), self.node(), "sar"),
                sarCase.lastActivity(),
                Optional.of(datum(sarCase.lastKnown())),
                new Subject.None(),
                content,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * The case a record received by this node ({@code self}) carries, as this node keeps it: under its own
     * reference when this node opened it, else under {@code <origin nation>-<reference>}; the custody relative
     * to this node; this node's own actors unqualified.
     *
     * @throws IllegalArgumentException naming the missing or bad part
     */
    public static SarCase sarCase(ShareableRecord record, Partner self) {
        if (!record.category().equals(DataCategory.SAR_CASES)) {
            throw new IllegalArgumentException(
                    "record " + record.key() + " is " + record.category() + ", not " + DataCategory.SAR_CASES);
        }
        String document = record.content().get(CASE);
        String versionText = record.content().get(VERSION);
        if (document == null || versionText == null) {
            throw new IllegalArgumentException("SAR case record " + record.key() + " has no content field \""
                    + (document == null ? CASE : VERSION) + "\"");
        }
        SarCase wire;
        try {
            wire = SarCaseDocument.read(document);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "SAR case record " + record.key() + " cannot be read: " + e.getMessage(), e);
        }
        int version;
        try {
            version = Integer.parseInt(versionText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "SAR case record " + record.key() + " has a version that is not a number: " + versionText, e);
        }
        if (version != wire.version()) {
            throw new IllegalArgumentException("SAR case record " + record.key() + " says version " + version
                    + " but its log has " + wire.version() + " entries");
        }
        CaseCustody absolute = wire.custody();
        if (absolute.origin().isEmpty() || absolute.holder().isEmpty()) {
            throw new IllegalArgumentException(
                    "SAR case record " + record.key() + " does not name the case's origin and holder");
        }
        RescueCentre here = centre(self);
        String suffix = "@" + here;
        List<CaseLogEntry> log = wire.log().stream()
                .map(e ->
                        e.by().endsWith(suffix) ? withBy(e, e.by().substring(0, e.by().length() - suffix.length())) : e)
                .toList();
        RescueCentre origin = absolute.origin().get();
        RescueCentre holder = absolute.holder().get();
        List<RescueCentre> followers = new ArrayList<>(absolute.followers());
        if (holder.equals(here)) {
            followers.remove(here);
        }
        CaseCustody local = new CaseCustody(
                origin.equals(here) ? Optional.empty() : Optional.of(origin),
                absolute.originReference(),
                holder.equals(here) ? Optional.empty() : Optional.of(holder),
                followers);
        return wire.withLog(log).withCustody(localReference(origin, absolute.originReference(), here), local);
    }

    /**
     * The reference this node keeps a case under: the origin's own when this node opened it, else prefixed
     * with the origin's nation, so that two centres' {@code SAR-2026-001} never meet.
     *
     * @throws IllegalArgumentException when the prefixed reference would be longer than a reference may be
     */
    static String localReference(RescueCentre origin, String originReference, RescueCentre here) {
        String reference = origin.equals(here) ? originReference : origin.nation() + "-" + originReference;
        if (reference.length() > 40) {
            throw new IllegalArgumentException(
                    "case " + originReference + " of " + origin + " has a reference too long to keep here");
        }
        return reference;
    }

    /** The rescue centre a federation partner (or this node) is. */
    public static RescueCentre centre(Partner partner) {
        return new RescueCentre(partner.nation().code(), partner.node().value());
    }

    private static CaseLogEntry withBy(CaseLogEntry e, String by) {
        return new CaseLogEntry(e.at(), by, e.action(), e.text(), e.subject());
    }

    private static GeoPoint datum(LastKnownPosition lkp) {
        return switch (lkp) {
            case LastKnownPosition.PointLkp p -> point(p.position());
            case LastKnownPosition.LineLkp l -> point(l.to());
            case LastKnownPosition.AreaLkp a -> {
                double lat = 0;
                double lon = 0;
                for (Position v : a.vertices()) {
                    lat += v.latitude();
                    lon += v.longitude();
                }
                yield GeoPoint.of(lat / a.vertices().size(), lon / a.vertices().size());
            }
        };
    }

    private static GeoPoint point(Position p) {
        return GeoPoint.of(p.latitude(), p.longitude());
    }
}
