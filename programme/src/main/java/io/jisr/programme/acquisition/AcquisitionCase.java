package io.jisr.programme.acquisition;

import io.jisr.programme.Nation;
import io.jisr.programme.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An equipment acquisition from the letter of request to the last delivery: its dated steps, equipment lines,
 * milestones and deliveries.
 *
 * @param id the register's identifier
 * @param owningSide the side that keeps this record and alone may edit it
 * @param requestingSide the side buying
 * @param providingSide the side (or its industry) supplying
 * @param title a short title
 * @param steps the dated steps, in the order {@link StepKind} allows and with dates never going back
 * @param lines the equipment lines, with distinct ids
 * @param milestones the milestones
 * @param deliveries the deliveries so far, never more per line than ordered
 */
public record AcquisitionCase(
        String id,
        Nation owningSide,
        Nation requestingSide,
        Nation providingSide,
        String title,
        List<CaseStep> steps,
        List<EquipmentLine> lines,
        List<Milestone> milestones,
        List<Delivery> deliveries) {

    /** Checks the fields, the order of the steps and the delivered quantities. */
    public AcquisitionCase {
        id = Texts.require("acquisition case id", id);
        Texts.present("case " + id + " owning side", owningSide);
        Texts.present("case " + id + " requesting side", requestingSide);
        Texts.present("case " + id + " providing side", providingSide);
        if (requestingSide.equals(providingSide)) {
            throw new IllegalArgumentException(
                    "case " + id + " requesting and providing sides must differ, both were " + requestingSide);
        }
        if (!owningSide.equals(requestingSide) && !owningSide.equals(providingSide)) {
            throw new IllegalArgumentException(
                    "case " + id + " owning side " + owningSide + " must be the requesting or the providing side");
        }
        title = Texts.require("case " + id + " title", title);
        steps = List.copyOf(Texts.present("case " + id + " steps", steps));
        lines = List.copyOf(Texts.present("case " + id + " lines", lines));
        milestones = List.copyOf(Texts.present("case " + id + " milestones", milestones));
        deliveries = List.copyOf(Texts.present("case " + id + " deliveries", deliveries));
        checkSteps(id, steps);
        if (lines.stream().map(EquipmentLine::id).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("case " + id + " has two equipment lines with the same id");
        }
        for (EquipmentLine line : lines) {
            int delivered = deliveries.stream()
                    .filter(d -> d.lineId().equals(line.id()))
                    .mapToInt(Delivery::quantity)
                    .sum();
            if (delivered > line.quantity()) {
                throw new IllegalArgumentException("case " + id + " line " + line.id() + " has " + delivered
                        + " delivered, more than the " + line.quantity() + " ordered");
            }
        }
        for (Delivery d : deliveries) {
            if (lines.stream().noneMatch(l -> l.id().equals(d.lineId()))) {
                throw new IllegalArgumentException("case " + id + " has a delivery of unknown line " + d.lineId());
            }
        }
    }

    /** Opens a case with its letter of request. */
    public static AcquisitionCase requested(
            String id, Nation owningSide, Nation requestingSide, Nation providingSide, String title, CaseStep letter) {
        if (letter.kind() != StepKind.LETTER_OF_REQUEST) {
            throw new IllegalArgumentException(
                    "case " + id + " must open with a letter of request, was " + letter.kind());
        }
        return new AcquisitionCase(
                id, owningSide, requestingSide, providingSide, title, List.of(letter), List.of(), List.of(), List.of());
    }

    /** Returns this case with one more dated step; the order rules are those of the constructor. */
    public AcquisitionCase withStep(CaseStep step) {
        return new AcquisitionCase(
                id, owningSide, requestingSide, providingSide, title, plus(steps, step), lines, milestones, deliveries);
    }

    /** Returns this case with one more equipment line. */
    public AcquisitionCase withLine(EquipmentLine line) {
        return new AcquisitionCase(
                id, owningSide, requestingSide, providingSide, title, steps, plus(lines, line), milestones, deliveries);
    }

    /** Returns this case with one more milestone. */
    public AcquisitionCase withMilestone(Milestone milestone) {
        return new AcquisitionCase(
                id,
                owningSide,
                requestingSide,
                providingSide,
                title,
                steps,
                lines,
                plus(milestones, milestone),
                deliveries);
    }

    /** Returns this case with the named milestone reached on {@code day}. */
    public AcquisitionCase milestoneReached(String name, LocalDate day) {
        if (milestones.stream().noneMatch(m -> m.name().equals(name))) {
            throw new IllegalArgumentException("case " + id + " has no milestone named " + Texts.quote(name));
        }
        List<Milestone> updated = milestones.stream()
                .map(m -> m.name().equals(name) ? new Milestone(m.name(), m.planned(), Optional.of(day)) : m)
                .toList();
        return new AcquisitionCase(
                id, owningSide, requestingSide, providingSide, title, steps, lines, updated, deliveries);
    }

    /** Returns how many units of the line have been delivered so far. */
    public int deliveredQuantity(String lineId) {
        return deliveries.stream()
                .filter(d -> d.lineId().equals(lineId))
                .mapToInt(Delivery::quantity)
                .sum();
    }

    /**
     * Records a delivery of {@code quantity} units of a line on {@code day}. A trackable line needs one
     * {@link AssetDetails} per unit, and each becomes an {@link Asset} owned by the requesting side. Refused,
     * with the reason, when the case is not accepted yet, the line is unknown, more would be delivered than
     * ordered, or the asset details do not match the units.
     */
    public DeliveryOutcome deliver(String lineId, LocalDate day, int quantity, List<AssetDetails> units) {
        if (steps.stream().noneMatch(s -> s.kind() == StepKind.ACCEPTANCE)) {
            return new DeliveryOutcome.Refused("case " + id + " has no acceptance yet; nothing can be delivered");
        }
        Optional<EquipmentLine> found =
                lines.stream().filter(l -> l.id().equals(lineId)).findFirst();
        if (found.isEmpty()) {
            return new DeliveryOutcome.Refused("case " + id + " has no equipment line " + Texts.quote(lineId));
        }
        EquipmentLine line = found.get();
        if (quantity < 1) {
            return new DeliveryOutcome.Refused(
                    "delivery of line " + lineId + " must be of at least 1 unit, was " + quantity);
        }
        int already = deliveredQuantity(lineId);
        if (already + quantity > line.quantity()) {
            return new DeliveryOutcome.Refused("line " + lineId + " has " + line.quantity() + " ordered and " + already
                    + " delivered; " + quantity + " more would exceed the order");
        }
        List<Asset> assets = new ArrayList<>();
        if (line.trackable().isPresent()) {
            if (units.size() != quantity) {
                return new DeliveryOutcome.Refused("line " + lineId + " is tracked unit by unit: " + quantity
                        + " units need " + quantity + " asset details, got " + units.size());
            }
            for (AssetDetails unit : units) {
                try {
                    assets.add(new Asset(
                            unit.assetId(),
                            requestingSide,
                            line.trackable().get(),
                            unit.name(),
                            unit.registration(),
                            unit.search(),
                            id,
                            lineId,
                            day));
                } catch (IllegalArgumentException e) {
                    return new DeliveryOutcome.Refused("line " + lineId + ": " + e.getMessage());
                }
            }
            if (assets.stream().map(Asset::id).distinct().count() != assets.size()) {
                return new DeliveryOutcome.Refused("line " + lineId + ": two delivered units share an asset id");
            }
        } else if (!units.isEmpty()) {
            return new DeliveryOutcome.Refused(
                    "line " + lineId + " is not tracked unit by unit, so a delivery of it creates no assets");
        }
        Delivery delivery = new Delivery(
                lineId, day, quantity, assets.stream().map(Asset::id).toList());
        AcquisitionCase updated = new AcquisitionCase(
                id,
                owningSide,
                requestingSide,
                providingSide,
                title,
                steps,
                lines,
                milestones,
                plus(deliveries, delivery));
        return new DeliveryOutcome.Delivered(updated, assets);
    }

    /**
     * Returns the value of all lines per currency, ordered by currency code. Amounts in different currencies
     * are never added together: converting needs a rate and a date, which is a decision for people.
     */
    public Map<Currency, BigDecimal> totals() {
        Map<Currency, BigDecimal> totals = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (EquipmentLine line : lines) {
            totals.merge(line.value().currency(), line.value().amount(), BigDecimal::add);
        }
        return totals;
    }

    /** Returns the milestones late on {@code day}, earliest planned first. */
    public List<Milestone> lateMilestones(LocalDate day) {
        return milestones.stream()
                .filter(m -> m.isLate(day))
                .sorted(Comparator.comparing(Milestone::planned))
                .toList();
    }

    /** Returns the milestones coming within {@code days} days of {@code day}, earliest first. */
    public List<Milestone> comingMilestones(LocalDate day, int days) {
        return milestones.stream()
                .filter(m -> m.isComingWithin(day, days))
                .sorted(Comparator.comparing(Milestone::planned))
                .toList();
    }

    private static void checkSteps(String id, List<CaseStep> steps) {
        if (steps.isEmpty() || steps.get(0).kind() != StepKind.LETTER_OF_REQUEST) {
            throw new IllegalArgumentException("case " + id + " must start with a letter of request");
        }
        for (int i = 1; i < steps.size(); i++) {
            CaseStep previous = steps.get(i - 1);
            CaseStep step = steps.get(i);
            boolean allowed = step.kind() == StepKind.AMENDMENT
                    ? previous.kind().compareTo(StepKind.ACCEPTANCE) >= 0
                    : step.kind().ordinal() == previous.kind().ordinal() + 1;
            if (!allowed) {
                throw new IllegalArgumentException(
                        "case " + id + ": " + step.kind() + " cannot follow " + previous.kind());
            }
            if (step.date().isBefore(previous.date())) {
                throw new IllegalArgumentException("case " + id + ": " + step.kind() + " dated " + step.date()
                        + " is before the " + previous.kind() + " of " + previous.date());
            }
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
