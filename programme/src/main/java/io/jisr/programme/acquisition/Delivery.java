package io.jisr.programme.acquisition;

import io.jisr.programme.Texts;
import java.time.LocalDate;
import java.util.List;

/**
 * A delivery of some units of one equipment line.
 *
 * @param lineId the line delivered
 * @param date the day of delivery
 * @param quantity how many units
 * @param assetIds the assets it created, one per unit for a trackable line, none otherwise
 */
public record Delivery(String lineId, LocalDate date, int quantity, List<String> assetIds) {

    /** Checks the fields. */
    public Delivery {
        lineId = Texts.require("delivery line", lineId);
        Texts.present("delivery date", date);
        if (quantity < 1) {
            throw new IllegalArgumentException(
                    "delivery of line " + lineId + " quantity must be at least 1, was " + quantity);
        }
        assetIds = List.copyOf(Texts.present("delivery asset ids", assetIds));
    }
}
