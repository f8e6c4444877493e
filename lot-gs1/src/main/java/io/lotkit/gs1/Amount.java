package io.lotkit.gs1;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * An amount of money read from AIs 390n–393n: the exact decimal value and, for 391n and 393n, its ISO 4217
 * currency (390n and 392n are in the local currency, which the data does not name).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the amount, with the decimals the AI implies
 * @param currencyNumeric the ISO 4217 three-digit code, or an empty string for the local currency
 */
public record Amount(BigDecimal value, String currencyNumeric) {

    /**
     * Validates the parts.
     *
     * @param value the amount
     * @param currencyNumeric the three-digit code, or empty
     * @throws IllegalArgumentException if a part is {@code null} or the code is not empty nor three digits
     */
    public Amount {
        if (value == null || currencyNumeric == null) {
            throw new IllegalArgumentException("value and currencyNumeric must not be null");
        }
        if (!currencyNumeric.isEmpty()
                && (currencyNumeric.length() != 3 || !AiDefinition.allDigits(currencyNumeric))) {
            throw new IllegalArgumentException("currencyNumeric must be three digits or empty, got " + currencyNumeric);
        }
    }

    /**
     * Returns the currency, when the data names one that the Java platform knows.
     *
     * @return the currency, or empty for the local currency or an unknown code
     */
    public Optional<Currency> currency() {
        if (currencyNumeric.isEmpty()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(currencyNumeric);
        for (Currency currency : Currency.getAvailableCurrencies()) {
            if (currency.getNumericCode() == code) {
                return Optional.of(currency);
            }
        }
        return Optional.empty();
    }

    /** Returns e.g. {@code 12.50 EUR}, or the numeric code or {@code (local)} when there is no known currency. */
    @Override
    public String toString() {
        String unit = currency().map(Currency::getCurrencyCode)
                .orElse(currencyNumeric.isEmpty() ? "(local)" : currencyNumeric);
        return value.toPlainString() + " " + unit;
    }
}
