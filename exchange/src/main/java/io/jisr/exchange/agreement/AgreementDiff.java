package io.jisr.exchange.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The differences between two versions of one agreement, field by field. */
public final class AgreementDiff {
    private AgreementDiff() {}

    /**
     * What changed from {@code before} to {@code after}, in the order of the fields; empty when only
     * the version number differs. Parties are matched by nation and annexes by id, so a reordered list
     * is no change.
     */
    public static List<AgreementChange> between(Agreement before, Agreement after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException(
                    "a diff is between versions of one agreement, not " + before.id() + " and " + after.id());
        }
        var changes = new ArrayList<AgreementChange>();
        field(changes, "title", before.title(), after.title());
        field(
                changes,
                "reference.memorandum",
                before.reference().memorandum(),
                after.reference().memorandum());
        field(
                changes,
                "reference.implementingArrangement",
                before.reference().implementingArrangement(),
                after.reference().implementingArrangement());
        keyed(
                changes,
                "parties",
                byKey(before.parties(), p -> p.nation().code()),
                byKey(after.parties(), p -> p.nation().code()),
                (at, b, a) -> keyed(
                        changes,
                        at + ".nodes",
                        byKey(b.nodes(), n -> n.id().value()),
                        byKey(a.nodes(), n -> n.id().value()),
                        (nodeAt, bn, an) -> field(changes, nodeAt + ".fingerprint", bn.fingerprint(), an.fingerprint()),
                        AgreementDiff::nodeText),
                AgreementDiff::partyText);
        field(
                changes,
                "validity.from",
                before.validity().from(),
                after.validity().from());
        field(
                changes,
                "validity.until",
                before.validity().until(),
                after.validity().until());
        field(changes, "status", before.status(), after.status());
        keyed(
                changes,
                "annexes",
                byKey(before.annexes(), SharingAnnex::id),
                byKey(after.annexes(), SharingAnnex::id),
                (at, b, a) -> annexFields(changes, at, b, a),
                AgreementDiff::annexText);
        return List.copyOf(changes);
    }

    private interface Compare<T> {
        void apply(String at, T before, T after);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        var map = new LinkedHashMap<String, T>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static <T> void keyed(
            List<AgreementChange> changes,
            String at,
            Map<String, T> before,
            Map<String, T> after,
            Compare<T> compare,
            Function<T, String> text) {
        before.forEach((key, old) -> {
            String where = at + "[" + key + "]";
            T now = after.get(key);
            if (now == null) {
                changes.add(new AgreementChange(where, text.apply(old), ""));
            } else {
                compare.apply(where, old, now);
            }
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                changes.add(new AgreementChange(at + "[" + key + "]", "", text.apply(now)));
            }
        });
    }

    private static void annexFields(List<AgreementChange> changes, String at, SharingAnnex before, SharingAnnex after) {
        field(
                changes,
                at + ".category",
                before.category().id(),
                after.category().id());
        field(changes, at + ".releasingParty", before.releasingParty(), after.releasingParty());
        field(changes, at + ".receivingParty", before.receivingParty(), after.receivingParty());
        field(changes, at + ".areas", before.areas(), after.areas());
        field(changes, at + ".subjects", before.subjects(), after.subjects());
        field(changes, at + ".delay", before.delay(), after.delay());
        field(changes, at + ".precision", precisionText(before.precision()), precisionText(after.precision()));
        field(changes, at + ".marking", before.marking().text(), after.marking().text());
        field(changes, at + ".retention", before.retention(), after.retention());
        field(changes, at + ".onwardReleaseTo", before.onwardReleaseTo(), after.onwardReleaseTo());
    }

    private static void field(List<AgreementChange> changes, String where, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new AgreementChange(where, String.valueOf(before), String.valueOf(after)));
        }
    }

    static String precisionText(Precision precision) {
        return switch (precision) {
            case Precision.Exact exact -> "exact";
            case Precision.DegreeGrid grid -> grid.degrees().toPlainString() + "° grid";
        };
    }

    private static String partyText(Party party) {
        return party.nation() + " "
                + party.nodes().stream().map(AgreementDiff::nodeText).toList();
    }

    private static String nodeText(PartyNode node) {
        return node.id() + " (" + node.fingerprint() + ")";
    }

    private static String annexText(SharingAnnex annex) {
        return annex.category().id() + " " + annex.releasingParty() + " -> " + annex.receivingParty();
    }
}
