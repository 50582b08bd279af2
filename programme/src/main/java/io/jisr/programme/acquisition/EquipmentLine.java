package io.jisr.programme.acquisition;

import io.jisr.programme.Texts;
import java.util.Optional;

/**
 * One line of an acquisition case: what, how many and at what unit value.
 *
 * @param id its identifier within the case, for example {@code L1}
 * @param category what kind of equipment
 * @param description what exactly, for example {@code offshore patrol vessel, 60 m}
 * @param quantity how many are ordered, at least 1
 * @param unitValue the value of one
 * @param trackable the kind of asset each delivered unit becomes in the register, or empty when units are
 *     not tracked one by one (munitions, spare parts)
 */
public record EquipmentLine(
        String id,
        EquipmentCategory category,
        String description,
        int quantity,
        Money unitValue,
        Optional<AssetKind> trackable) {

    /** Checks the fields. */
    public EquipmentLine {
        id = Texts.require("equipment line id", id);
        Texts.present("equipment line " + id + " category", category);
        description = Texts.require("equipment line " + id + " description", description);
        if (quantity < 1) {
            throw new IllegalArgumentException(
                    "equipment line " + id + " quantity must be at least 1, was " + quantity);
        }
        Texts.present("equipment line " + id + " unit value", unitValue);
        Texts.present("equipment line " + id + " trackable kind", trackable);
    }

    /** Returns the value of the whole line, in the line's currency. */
    public Money value() {
        return unitValue.times(quantity);
    }
}
