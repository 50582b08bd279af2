package io.jisr.exchange.policy;

import java.util.Objects;

/**
 * One change the policy made to a record before releasing it.
 *
 * @param field the field changed ({@code position})
 * @param before its value as observed
 * @param after its value as released
 * @param rule the annex rule that required it ({@code 0.01° grid})
 */
public record Degradation(String field, String before, String after, String rule) {

    /** Checks that nothing is missing. */
    public Degradation {
        Objects.requireNonNull(field, "field must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
    }
}
