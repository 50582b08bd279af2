package io.jisr.exchange.audit;

import io.jisr.exchange.DataCategory;
import java.util.Objects;

/**
 * How many records of one category a batch held.
 *
 * @param categoryId the category's id ({@code vessel-positions}); kept as text so that an entry
 *     written for a category this build does not know still verifies
 * @param count 0 or more
 */
public record CategoryCount(String categoryId, int count) {

    /** Checks that the count is not negative. */
    public CategoryCount {
        Objects.requireNonNull(categoryId, "category id must not be null");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }

    /** The count for {@code category}. */
    public static CategoryCount of(DataCategory category, int count) {
        return new CategoryCount(category.id(), count);
    }
}
