package io.jisr.exchange.agreement;

import java.util.Objects;

/**
 * One thing wrong with an agreement.
 *
 * @param where the place, as a path into the agreement ({@code annexes[1].marking})
 * @param message what is wrong, with the value found
 */
public record AgreementProblem(String where, String message) {

    /** Checks that nothing is missing. */
    public AgreementProblem {
        Objects.requireNonNull(where, "where must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
