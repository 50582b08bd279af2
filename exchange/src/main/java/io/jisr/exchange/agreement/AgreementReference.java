package io.jisr.exchange.agreement;

import java.util.Objects;

/**
 * Where an agreement comes from on paper.
 *
 * @param memorandum the memorandum of understanding it implements ({@code MoU DZA-USA 2026/03})
 * @param implementingArrangement the implementing arrangement, empty when there is none
 */
public record AgreementReference(String memorandum, String implementingArrangement) {

    /** Checks that nothing is missing. */
    public AgreementReference {
        Objects.requireNonNull(memorandum, "memorandum must not be null");
        Objects.requireNonNull(implementingArrangement, "implementing arrangement must not be null");
    }
}
