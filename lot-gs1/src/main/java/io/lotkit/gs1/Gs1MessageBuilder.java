package io.lotkit.gs1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Gs1Message} from AIs and raw values or from typed values, then validates it exactly as the parser
 * validates input (lengths, character sets, check routines, pairings, repeats). An error's index is the position
 * of the element in the order added.
 *
 * <pre>{@code
 * Gs1Message message = Gs1Message.builder()
 *         .gtin(Gtin.of("9501101020917")).expiry(LocalDate.of(2026, 5, 31)).lot("ABC123").build();
 * String dataString = message.toDataString('\u001d', true);
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class Gs1MessageBuilder {

    private final List<String[]> pending = new ArrayList<>();
    private Gs1Dictionary dictionary = Gs1Dictionary.builtIn();
    private boolean checkPairings = true;

    Gs1MessageBuilder() {
    }

    /**
     * Sets the dictionary (the built-in one by default).
     *
     * @param dictionary the dictionary
     * @return this builder
     * @throws IllegalArgumentException if {@code dictionary} is {@code null}
     */
    public Gs1MessageBuilder dictionary(Gs1Dictionary dictionary) {
        if (dictionary == null) {
            throw new IllegalArgumentException("dictionary must not be null");
        }
        this.dictionary = dictionary;
        return this;
    }

    /**
     * Turns the {@code req=}/{@code ex=} pairing checks on (the default) or off, e.g. to build one of several
     * carriers on an item.
     *
     * @param check whether to check pairings
     * @return this builder
     */
    public Gs1MessageBuilder checkPairings(boolean check) {
        this.checkPairings = check;
        return this;
    }

    /**
     * Adds an element with its raw value.
     *
     * @param ai the AI's digits
     * @param value the raw value
     * @return this builder
     * @throws IllegalArgumentException if an argument is {@code null}
     */
    public Gs1MessageBuilder add(String ai, String value) {
        if (ai == null || value == null) {
            throw new IllegalArgumentException("ai and value must not be null");
        }
        pending.add(new String[] {ai, value});
        return this;
    }

    /**
     * Adds the GTIN (AI 01).
     *
     * @param gtin the GTIN
     * @return this builder
     * @throws IllegalArgumentException if {@code gtin} is {@code null}
     */
    public Gs1MessageBuilder gtin(Gtin gtin) {
        if (gtin == null) {
            throw new IllegalArgumentException("gtin must not be null");
        }
        return add("01", gtin.value());
    }

    /**
     * Adds the batch or lot number (AI 10).
     *
     * @param lot the lot number
     * @return this builder
     */
    public Gs1MessageBuilder lot(String lot) {
        return add("10", lot);
    }

    /**
     * Adds the serial number (AI 21).
     *
     * @param serial the serial number
     * @return this builder
     */
    public Gs1MessageBuilder serial(String serial) {
        return add("21", serial);
    }

    /**
     * Adds the expiry date (AI 17).
     *
     * @param date the date
     * @return this builder
     * @throws IllegalArgumentException as {@link #date(String, LocalDate)}
     */
    public Gs1MessageBuilder expiry(LocalDate date) {
        return date("17", date);
    }

    /**
     * Adds the best-before date (AI 15).
     *
     * @param date the date
     * @return this builder
     * @throws IllegalArgumentException as {@link #date(String, LocalDate)}
     */
    public Gs1MessageBuilder bestBefore(LocalDate date) {
        return date("15", date);
    }

    /**
     * Adds the production date (AI 11).
     *
     * @param date the date
     * @return this builder
     * @throws IllegalArgumentException as {@link #date(String, LocalDate)}
     */
    public Gs1MessageBuilder productionDate(LocalDate date) {
        return date("11", date);
    }

    /**
     * Adds a date AI whose value is only a date ({@code YYMMDD} or {@code YYYYMMDD} as the dictionary defines).
     *
     * @param ai a date AI, e.g. {@code 17} or {@code 7250}
     * @param date the date
     * @return this builder
     * @throws IllegalArgumentException if an argument is {@code null}, the AI is not a date AI, or a two-digit
     *     year could not be read back as the same year (GS1's window: 49 years back to 50 ahead of today)
     */
    public Gs1MessageBuilder date(String ai, LocalDate date) {
        return date(ai, new Gs1Date(requireDate(date), false));
    }

    /**
     * Adds a date AI; a {@link Gs1Date#dayOmitted()} date is written with day {@code 00} where the AI allows it.
     *
     * @param ai a date AI
     * @param date the date
     * @return this builder
     * @throws IllegalArgumentException as {@link #date(String, LocalDate)}, or if the AI does not allow day 00
     */
    public Gs1MessageBuilder date(String ai, Gs1Date date) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        AiDefinition definition = definitionOf(ai);
        if (definition.components().size() != 1 || !TypedValues.isDateAi(definition)) {
            throw new IllegalArgumentException("AI (" + ai + ") is not a date-only AI");
        }
        String linter = definition.components().get(0).linters().get(0);
        if (date.dayOmitted() && !linter.endsWith("d0")) {
            throw new IllegalArgumentException("AI (" + ai + ") does not allow day 00");
        }
        LocalDate day = date.date();
        String monthDay = "%02d%02d".formatted(day.getMonthValue(), date.dayOmitted() ? 0 : day.getDayOfMonth());
        if (linter.startsWith("yyyy")) {
            return add(ai, "%04d".formatted(day.getYear()) + monthDay);
        }
        int year = day.getYear();
        if (Gs1Date.resolveYear(year % 100, LocalDate.now().getYear()) != year) {
            throw new IllegalArgumentException("AI (" + ai + "): the year " + year
                    + " is outside GS1's two-digit year window around today");
        }
        return add(ai, "%02d".formatted(year % 100) + monthDay);
    }

    /**
     * Adds a measure AI, choosing the fewest decimals that hold the value exactly; e.g. {@code ("310", 1.25)} adds
     * {@code (3102)000125}.
     *
     * @param aiPrefix the first three digits of the measure AI, e.g. {@code 310} (net weight, kg)
     * @param value the non-negative value
     * @return this builder
     * @throws IllegalArgumentException if an argument is {@code null}, the prefix names no measure AI, or the value
     *     is negative or needs more than six digits or five decimals
     */
    public Gs1MessageBuilder measure(String aiPrefix, BigDecimal value) {
        requirePrefix(aiPrefix, value);
        if (TypedValues.measure(aiPrefix + "0", "000000") == null || aiPrefix.startsWith("39")) {
            throw new IllegalArgumentException(aiPrefix + " is not the prefix of a measure AI such as 310");
        }
        String scaled = scaledDigits(aiPrefix, value, 5, 6, true);
        return add(aiPrefix + scaled.charAt(0), scaled.substring(1));
    }

    /**
     * Adds an amount in the local currency (390n, 392n) or, with a currency, 391n/393n; choosing the fewest
     * decimals that hold the value exactly.
     *
     * @param aiPrefix {@code 390}, {@code 391}, {@code 392} or {@code 393}
     * @param value the non-negative amount
     * @param currencyNumeric the ISO 4217 three-digit code for 391/393, empty for 390/392
     * @return this builder
     * @throws IllegalArgumentException if an argument is {@code null} or out of range, or the currency does not
     *     fit the prefix
     */
    public Gs1MessageBuilder amount(String aiPrefix, BigDecimal value, String currencyNumeric) {
        requirePrefix(aiPrefix, value);
        if (currencyNumeric == null) {
            throw new IllegalArgumentException("currencyNumeric must not be null (use \"\" for 390/392)");
        }
        boolean withCurrency = aiPrefix.equals("391") || aiPrefix.equals("393");
        if (!withCurrency && !aiPrefix.equals("390") && !aiPrefix.equals("392")) {
            throw new IllegalArgumentException(aiPrefix + " is not 390, 391, 392 or 393");
        }
        if (withCurrency == currencyNumeric.isEmpty()) {
            throw new IllegalArgumentException(aiPrefix + (withCurrency ? " needs" : " takes no") + " currency");
        }
        String scaled = scaledDigits(aiPrefix, value, 9, 15, false);
        return add(aiPrefix + scaled.charAt(0), currencyNumeric + scaled.substring(1));
    }

    /**
     * Builds and validates the message.
     *
     * @return the message
     * @throws Gs1ParseException if an element or the combination is invalid
     */
    public Gs1Message build() {
        return tryBuild().orElseThrow();
    }

    /**
     * Builds and validates the message without throwing for invalid content.
     *
     * @return the message or the errors
     */
    public Gs1ParseResult tryBuild() {
        Gs1Parser rules = Gs1Parser.builder().dictionary(dictionary).checkPairings(checkPairings).build();
        ParseContext ctx = new ParseContext(rules, "");
        for (int i = 0; i < pending.size() && !ctx.stopped(); i++) {
            String ai = pending.get(i)[0];
            String value = pending.get(i)[1];
            AiEntry entry = dictionary.entry(ai, 0, ai.length());
            ctx.fixedIndex = i;
            if (entry == null) {
                ctx.error(i, "", Gs1ErrorCode.UNKNOWN_AI, "Unrecognised AI: " + ai);
            } else if (ValueChecker.checkLength(ctx, entry, value, i) && ValueChecker.check(ctx, entry, value, i)) {
                ctx.add(entry, value, i);
            }
        }
        ctx.fixedIndex = -1;
        if (!ctx.stopped()) {
            MessageRules.check(ctx);
        }
        return ctx.result();
    }

    private AiDefinition definitionOf(String ai) {
        if (ai == null) {
            throw new IllegalArgumentException("ai must not be null");
        }
        return dictionary.find(ai).orElseThrow(
                () -> new IllegalArgumentException("AI (" + ai + ") is not in the dictionary"));
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        return date;
    }

    private static void requirePrefix(String aiPrefix, BigDecimal value) {
        if (aiPrefix == null || value == null) {
            throw new IllegalArgumentException("aiPrefix and value must not be null");
        }
        if (aiPrefix.length() != 3 || !AiDefinition.allDigits(aiPrefix)) {
            throw new IllegalArgumentException("aiPrefix must be three digits, got " + aiPrefix);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must not be negative, got " + value);
        }
    }

    /** Returns the decimals digit followed by the unscaled digits (zero-padded to {@code width} if fixed). */
    private static String scaledDigits(String aiPrefix, BigDecimal value, int maxDecimals, int width,
            boolean fixedWidth) {
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = Math.max(0, stripped.scale());
        if (decimals > maxDecimals) {
            throw new IllegalArgumentException(aiPrefix + ": " + value + " needs more than " + maxDecimals
                    + " decimals");
        }
        String digits = stripped.movePointRight(decimals).toBigIntegerExact().toString();
        if (digits.length() > width) {
            throw new IllegalArgumentException(aiPrefix + ": " + value + " needs more than " + width + " digits");
        }
        String padded = fixedWidth ? "0".repeat(width - digits.length()) + digits : digits;
        return decimals + padded;
    }
}
