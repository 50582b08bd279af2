package io.jisr.exchange.agreement;

import io.jisr.exchange.Texts;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of an agreement across its versions ({@code dza-usa-maritime-2026}).
 *
 * @param value 1 to 64 of letters, digits, {@code .}, {@code -} and {@code _}
 */
public record AgreementId(String value) implements Comparable<AgreementId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Checks the identifier's form. */
    public AgreementId {
        Objects.requireNonNull(value, "agreement id must not be null");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "agreement id must be 1 to 64 of letters, digits, '.', '-' and '_', starting with a letter or digit;"
                            + " was \"" + Texts.excerpt(value) + "\"");
        }
    }

    /** The agreement with this identifier. */
    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public int compareTo(AgreementId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
