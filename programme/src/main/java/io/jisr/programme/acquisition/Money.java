package io.jisr.programme.acquisition;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount in one currency. Amounts in different currencies are never added together; see
 * {@link AcquisitionCase#totals()}.
 *
 * @param amount the amount, not negative, at most the currency's minor-unit scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Checks the amount is not negative and has no more decimals than the currency's minor unit. */
    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("money needs an amount and a currency, was " + amount + " " + currency);
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(
                    "amount must not be negative, was " + amount.toPlainString() + " " + currency.getCurrencyCode());
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                    + currency.getCurrencyCode() + " allows (" + digits + ")");
        }
    }

    /** Returns the amount in this ISO 4217 currency; an unknown code is refused with the code in the message. */
    public static Money of(String amount, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, was " + currencyCode, e);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("amount must be a decimal number, was " + amount, e);
        }
        return new Money(value, currency);
    }

    /** Returns this amount times a whole quantity. */
    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
