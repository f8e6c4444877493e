package io.lotkit.gs1;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw AI values into typed values, using the dictionary's check-routine names to find dates and times, and
 * the AI number to find implied decimal points, units and currencies. Values reaching here have passed the parser's
 * checks; built messages are checked the same way.
 */
final class TypedValues {

    private TypedValues() {
    }

    /** Returns the date in the AI's first date component, or null if the AI has none. */
    static Gs1Date date(AiDefinition definition, String value, int currentYear) {
        int offset = 0;
        for (AiComponent component : definition.components()) {
            if (offset >= value.length()) {
                return null;
            }
            for (String linter : component.linters()) {
                switch (linter) {
                    case "yymmd0", "yymmdd" -> {
                        return Gs1Date.parse(value, offset, false, currentYear);
                    }
                    case "yyyymmd0", "yyyymmdd" -> {
                        return Gs1Date.parse(value, offset, true, currentYear);
                    }
                    default -> {
                        // not a date routine
                    }
                }
            }
            offset += component.maxLength();
        }
        return null;
    }

    static boolean isDateAi(AiDefinition definition) {
        for (AiComponent component : definition.components()) {
            for (String linter : component.linters()) {
                if (linter.startsWith("yy")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Returns the date and time: the date component followed by {@code hhmi} or by {@code hh} with optional
     * {@code mi} and {@code ss}; null if the AI has no time component or the value omits it.
     */
    static LocalDateTime dateTime(AiDefinition definition, String value, int currentYear) {
        Gs1Date date = date(definition, value, currentYear);
        if (date == null) {
            return null;
        }
        int offset = 0;
        int hour = -1;
        int minute = 0;
        int second = 0;
        for (AiComponent component : definition.components()) {
            if (offset + component.minLength() > value.length()) {
                break;
            }
            for (String linter : component.linters()) {
                switch (linter) {
                    case "hhmi" -> {
                        hour = Gs1Date.number(value, offset, 2);
                        minute = Gs1Date.number(value, offset + 2, 2);
                    }
                    case "hh" -> hour = Gs1Date.number(value, offset, 2);
                    case "mi" -> minute = Gs1Date.number(value, offset, 2);
                    case "ss" -> second = Gs1Date.number(value, offset, 2);
                    default -> {
                        // not a time routine
                    }
                }
            }
            offset += component.maxLength();
        }
        // 9999 in an hhmi component means "no time given" (AIs 4324/4325).
        if (hour < 0 || hour == 99) {
            return null;
        }
        return LocalDateTime.of(date.date(), LocalTime.of(hour, minute, second));
    }

    /** Returns the measure for 31nn–36nn, 337n, 394n and 4330–4333; null if the AI holds none. */
    static Measure measure(String ai, String value) {
        if (ai.startsWith("337")) {
            return new Measure(decimal(value, ai.charAt(3) - '0'), "kg/m2");
        }
        if (ai.length() == 4 && ai.charAt(0) == '3' && ai.charAt(1) >= '1' && ai.charAt(1) <= '6') {
            String unit = MeasureUnits.forAi(ai);
            return unit == null ? null : new Measure(decimal(value, ai.charAt(3) - '0'), unit);
        }
        if (ai.startsWith("394") && ai.length() == 4) {
            return new Measure(decimal(value, ai.charAt(3) - '0'), "%");
        }
        if (ai.equals("4330") || ai.equals("4331") || ai.equals("4332") || ai.equals("4333")) {
            BigDecimal degrees = decimal(value.substring(0, 6), 2);
            if (value.length() > 6) {
                degrees = degrees.negate();
            }
            return new Measure(degrees, ai.equals("4330") || ai.equals("4332") ? "°F" : "°C");
        }
        return null;
    }

    /** Returns the amount for 390n–393n; null otherwise. */
    static Amount amount(String ai, String value) {
        if (ai.length() != 4 || !ai.startsWith("39") || ai.charAt(2) > '3') {
            return null;
        }
        int decimals = ai.charAt(3) - '0';
        boolean withCurrency = ai.charAt(2) == '1' || ai.charAt(2) == '3';
        if (withCurrency) {
            return new Amount(decimal(value.substring(3), decimals), value.substring(0, 3));
        }
        return new Amount(decimal(value, decimals), "");
    }

    /** Returns the country codes (ISO 3166 numeric, or alpha-2 for 4307/4317) in the AI's value; empty if none. */
    static List<String> countries(AiDefinition definition, String value) {
        List<String> codes = new ArrayList<>(1);
        int offset = 0;
        for (AiComponent component : definition.components()) {
            int end = Math.min(value.length(), offset + component.maxLength());
            if (offset >= end) {
                break;
            }
            for (String linter : component.linters()) {
                if (linter.startsWith("iso3166")) {
                    codes.add(value.substring(offset, end));
                }
            }
            offset = end;
        }
        return List.copyOf(codes);
    }

    static BigDecimal decimal(String digits, int decimals) {
        return new BigDecimal(digits).movePointLeft(decimals);
    }
}
