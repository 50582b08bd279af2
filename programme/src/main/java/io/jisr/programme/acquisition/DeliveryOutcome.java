package io.jisr.programme.acquisition;

import java.util.List;

/** What recording a delivery gave: the updated case and the new assets, or a refusal saying why. */
public sealed interface DeliveryOutcome {

    /**
     * The delivery was recorded.
     *
     * @param acquisitionCase the case with the delivery added
     * @param assets the assets it created, one per unit of a trackable line
     */
    record Delivered(AcquisitionCase acquisitionCase, List<Asset> assets) implements DeliveryOutcome {
        /** Copies the list. */
        public Delivered {
            assets = List.copyOf(assets);
        }
    }

    /**
     * The delivery was refused; the case is unchanged.
     *
     * @param reason why, naming the line and the numbers
     */
    record Refused(String reason) implements DeliveryOutcome {}
}
