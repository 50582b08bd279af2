package io.jisr.app.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jisr.exchange.GeoPoint;
import io.jisr.exchange.Nation;
import io.jisr.exchange.agreement.Agreement;
import io.jisr.exchange.agreement.Area;
import io.jisr.exchange.agreement.Party;
import io.jisr.exchange.agreement.PartyNode;
import io.jisr.exchange.agreement.Precision;
import io.jisr.exchange.agreement.SharingAnnex;
import io.jisr.exchange.agreement.SubjectFilter;
import java.util.Locale;

/**
 * Writes an agreement in the agreement file format (docs/federation.md), as JSON: what the node stores for
 * each version and what the operators' API serves. {@link AgreementFile#parse} reads it back to the same
 * agreement.
 */
public final class AgreementJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private AgreementJson() {}

    /** The agreement as a JSON object in the file format. */
    public static ObjectNode write(Agreement agreement) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", agreement.id().value());
        root.put("version", agreement.version());
        root.put("title", agreement.title());
        ObjectNode reference = root.putObject("reference");
        reference.put("memorandum", agreement.reference().memorandum());
        reference.put("implementingArrangement", agreement.reference().implementingArrangement());
        ArrayNode parties = root.putArray("parties");
        for (Party party : agreement.parties()) {
            ObjectNode p = parties.addObject();
            p.put("nation", party.nation().code());
            ArrayNode nodes = p.putArray("nodes");
            for (PartyNode node : party.nodes()) {
                nodes.addObject()
                        .put("id", node.id().value())
                        .put("fingerprint", node.fingerprint().hex());
            }
        }
        ObjectNode validity = root.putObject("validity");
        validity.put("from", agreement.validity().from().toString());
        validity.put("until", agreement.validity().until().toString());
        root.put("status", status(agreement));
        ArrayNode annexes = root.putArray("annexes");
        agreement.annexes().forEach(a -> annex(annexes.addObject(), a));
        return root;
    }

    /** The status as the file writes it: {@code in-force}, {@code suspended}... */
    static String status(Agreement agreement) {
        return agreement.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void annex(ObjectNode a, SharingAnnex annex) {
        a.put("id", annex.id());
        a.put("category", annex.category().id());
        a.put("from", annex.releasingParty().code());
        a.put("to", annex.receivingParty().code());
        ArrayNode areas = a.putArray("areas");
        for (Area area : annex.areas()) {
            switch (area) {
                case Area.Everywhere e -> areas.add("everywhere");
                case Area.NamedZone z -> areas.addObject().put("zone", z.zoneId());
                case Area.Polygon p -> {
                    ObjectNode polygon = areas.addObject();
                    polygon.put("name", p.name());
                    ArrayNode ring = polygon.putArray("polygon");
                    for (GeoPoint corner : p.ring()) {
                        ring.addArray().add(corner.latitude()).add(corner.longitude());
                    }
                }
            }
        }
        ObjectNode subjects = a.putObject("subjects");
        switch (annex.subjects()) {
            case SubjectFilter.Vessels v -> {
                ArrayNode types = subjects.putArray("shipTypes");
                v.shipTypes().forEach(types::add);
                ArrayNode flags = subjects.putArray("flags");
                v.flags().stream().map(Nation::code).forEach(flags::add);
                subjects.put("excludeReleasersGovernmentVessels", v.excludeReleasersGovernmentVessels());
            }
            case SubjectFilter.Incidents i -> {
                ArrayNode events = subjects.putArray("eventTypes");
                i.eventTypes().forEach(events::add);
                i.minimumGrading().ifPresent(g -> subjects.put("minimumGrading", g.toString()));
            }
            case SubjectFilter.Unfiltered u -> {}
        }
        a.put("delay", annex.delay().toString());
        switch (annex.precision()) {
            case Precision.Exact e -> a.put("precision", "exact");
            case Precision.DegreeGrid g -> a.put("precision", g.degrees().toPlainString());
        }
        a.put("marking", annex.marking().text());
        a.put("retention", annex.retention().toString());
        ArrayNode onward = a.putArray("onwardReleaseTo");
        annex.onwardReleaseTo().stream().map(Nation::code).forEach(onward::add);
    }
}
