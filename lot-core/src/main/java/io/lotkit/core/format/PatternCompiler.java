package io.lotkit.core.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a pattern into elements (the syntax is documented on {@link LotNumberFormat}); the rules that need the
 * whole pattern (ambiguity, check characters, the GS1 limit) are applied afterwards by {@link PatternRules}.
 *
 * <p>Not thread-safe: one instance per compilation.
 */
final class PatternCompiler {

    static final int MAX_FIELD_WIDTH = 99;
    private static final String DECIMAL = "0123456789";
    private static final String BASE_36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Crockford's base 32: no I, L, O or U, so no look-alikes of 1 and 0. */
    private static final String BASE_32_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final String pattern;
    private int position;
    private boolean sequenceSeen;
    private final Set<String> fieldNames = new HashSet<>();

    private PatternCompiler(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles the syntax of a pattern.
     *
     * @param pattern the pattern
     * @return the top-level elements
     * @throws LotPatternException if the syntax is wrong
     */
    static List<Element> compile(String pattern) {
        PatternCompiler compiler = new PatternCompiler(pattern);
        if (pattern.isEmpty()) {
            throw compiler.error(0, "the pattern is empty");
        }
        return compiler.readElements(false);
    }

    private List<Element> readElements(boolean inSection) {
        List<Element> elements = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = -1;
        while (position < pattern.length()) {
            char c = pattern.charAt(position);
            int start = position;
            if (c == ']') {
                if (!inSection) {
                    throw error(start, "']' closes no optional section");
                }
                break;
            }
            if (c == '\'' || isPlainLiteral(c)) {
                if (literal.length() == 0) {
                    literalStart = start;
                }
                if (c == '\'') {
                    readQuoted(literal);
                } else {
                    literal.append(c);
                    position++;
                }
                continue;
            }
            if (literal.length() > 0) {
                elements.add(new LiteralElement(literalStart, literal.toString()));
                literal.setLength(0);
            }
            elements.add(readElement(c, start, inSection));
        }
        if (literal.length() > 0) {
            elements.add(new LiteralElement(literalStart, literal.toString()));
        }
        return elements;
    }

    private Element readElement(char c, int start, boolean inSection) {
        if (c == '[') {
            position++;
            List<Element> inner = readElements(true);
            if (position >= pattern.length()) {
                throw error(start, "the optional section opened here is not closed with ']'");
            }
            position++;
            if (inner.stream().allMatch(e -> e instanceof OptionalSection)) {
                throw error(start, "an optional section must hold at least one element that is not itself optional");
            }
            return new OptionalSection(start, inner);
        }
        if (c == '{') {
            return readDirective(start, inSection);
        }
        if (c == '}') {
            throw error(start, "'}' closes no '{'");
        }
        if (Character.isLetter(c)) {
            return readLetters(c, start);
        }
        if (Character.isISOControl(c)) {
            throw error(start, "control characters are not allowed in a pattern");
        }
        throw error(start, "the character '" + c + "' must be quoted, as in '" + c + "'");
    }

    private static boolean isPlainLiteral(char c) {
        return c > ' ' && c < 127 && !Character.isLetter(c) && "[]{}'".indexOf(c) < 0;
    }

    private void readQuoted(StringBuilder literal) {
        int open = position;
        if (position + 1 < pattern.length() && pattern.charAt(position + 1) == '\'') {
            literal.append('\'');
            position += 2;
            return;
        }
        int i = open + 1;
        while (true) {
            if (i >= pattern.length()) {
                throw error(open, "the quote opened here is not closed");
            }
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                position = i + 1;
                return;
            }
            if (Character.isISOControl(c)) {
                throw error(i, "control characters are not allowed in a pattern");
            }
            literal.append(c);
            i++;
        }
    }

    private Element readLetters(char letter, int start) {
        int end = start;
        while (end < pattern.length() && pattern.charAt(end) == letter) {
            end++;
        }
        position = end;
        int count = end - start;
        switch (letter) {
            case 'y':
                return year(start, count, "y", DatePart.YEAR, DatePart.YEAR_OF_CENTURY, DatePart.YEAR_OF_DECADE);
            case 'Y':
                return year(start, count, "Y", DatePart.WEEK_BASED_YEAR, DatePart.WEEK_BASED_YEAR_OF_CENTURY,
                        DatePart.WEEK_BASED_YEAR_OF_DECADE);
            case 'M':
                return exactly(start, count, "MM", DatePart.MONTH);
            case 'd':
                return exactly(start, count, "dd", DatePart.DAY_OF_MONTH);
            case 'D':
                return exactly(start, count, "DDD", DatePart.DAY_OF_YEAR);
            case 'w':
                return exactly(start, count, "ww", DatePart.WEEK_OF_WEEK_BASED_YEAR);
            case 'H':
                return exactly(start, count, "HH", DatePart.HOUR_OF_DAY);
            case 'L':
                if (count != 1) {
                    throw error(start, "the month letter is written L, not " + "L".repeat(count));
                }
                return DateElement.monthLetter(start);
            default:
                throw error(start, "unknown pattern letter '" + letter + "'; quote letters meant literally, as in '"
                        + letter + "'");
        }
    }

    private Element year(int start, int count, String letter, DatePart four, DatePart two, DatePart one) {
        switch (count) {
            case 4:
                return DateElement.digits(start, four, 4);
            case 2:
                return DateElement.digits(start, two, 2);
            case 1:
                return DateElement.digits(start, one, 1);
            default:
                throw error(start, "a year is written " + letter + ", " + letter.repeat(2) + " or " + letter.repeat(4)
                        + ", not " + letter.repeat(count));
        }
    }

    private Element exactly(int start, int count, String form, DatePart part) {
        if (count != form.length()) {
            throw error(start, "the " + part.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " is written " + form + ", not " + form.substring(0, 1).repeat(count));
        }
        return DateElement.digits(start, part, count);
    }

    private Element readDirective(int open, boolean inSection) {
        int close = pattern.indexOf('}', open);
        if (close < 0) {
            throw error(open, "the '{' opened here is not closed with '}'");
        }
        position = close + 1;
        int colon = pattern.indexOf(':', open);
        if (colon < 0 || colon > close) {
            throw error(open + 1, "expected a name and ':' after '{', as in {item:6} or {seq:5}");
        }
        String name = pattern.substring(open + 1, colon);
        int specStart = colon + 1;
        if ("check".equals(name)) {
            return check(open, specStart, close, inSection);
        }
        int comma = pattern.indexOf(',', specStart);
        int specEnd = comma < 0 || comma > close ? close : comma;
        int optionStart = specEnd == close ? -1 : specEnd + 1;
        if ("seq".equals(name)) {
            return sequence(open, specStart, specEnd, optionStart, close, inSection);
        }
        return field(open, name, specStart, specEnd, optionStart, close);
    }

    private Element check(int open, int specStart, int close, boolean inSection) {
        if (inSection) {
            throw error(open, "a check character cannot be inside an optional section");
        }
        String name = pattern.substring(specStart, close);
        CheckAlgorithm algorithm = CheckAlgorithm.byPatternName(name);
        if (algorithm == null) {
            throw error(specStart, "unknown check algorithm \"" + name + "\"; expected gs1, luhn or mod37-36");
        }
        return new CheckElement(open, algorithm);
    }

    private Element sequence(int open, int specStart, int specEnd, int optionStart, int close, boolean inSection) {
        if (inSection) {
            throw error(open, "the sequence cannot be inside an optional section");
        }
        if (sequenceSeen) {
            throw error(open, "a pattern has at most one sequence");
        }
        sequenceSeen = true;
        boolean padded = !pattern.startsWith("..", specStart);
        int width = number(padded ? specStart : specStart + 2, specEnd, "sequence width");
        String alphabet = DECIMAL;
        String alphabetName = "decimal";
        if (optionStart >= 0) {
            String option = pattern.substring(optionStart, close);
            if (option.equals("dec")) {
                alphabet = DECIMAL;
            } else if (option.equals("base36")) {
                alphabet = BASE_36;
                alphabetName = "base 36";
            } else if (option.equals("base32c")) {
                alphabet = BASE_32_CROCKFORD;
                alphabetName = "Crockford base 32";
            } else if (option.startsWith("alphabet=")) {
                alphabet = explicitChars(optionStart + "alphabet=".length(), close, "sequence alphabet");
                if (alphabet.length() < 2 || alphabet.chars().distinct().count() != alphabet.length()) {
                    throw error(optionStart, "a sequence alphabet needs two or more distinct characters");
                }
                alphabetName = "the alphabet \"" + alphabet + "\"";
            } else {
                throw error(optionStart, "unknown sequence radix \"" + option
                        + "\"; expected dec, base36, base32c or alphabet=...");
            }
        }
        long maximum = SequenceElement.maximumFor(alphabet.length(), width);
        if (maximum < 0) {
            throw error(specStart, "a sequence of " + width + " characters in " + alphabetName
                    + " exceeds the range of a long");
        }
        return new SequenceElement(open, width, padded, alphabet, alphabetName, maximum);
    }

    private Element field(int open, String name, int specStart, int specEnd, int optionStart, int close) {
        if (!isIdentifier(name)) {
            throw error(open + 1, "a field name starts with a lower-case letter followed by letters, digits or '_', "
                    + "not \"" + name + "\"");
        }
        if (!fieldNames.add(name)) {
            throw error(open, "the field '" + name + "' appears twice");
        }
        int minWidth;
        int maxWidth;
        int dots = pattern.indexOf("..", specStart);
        if (dots >= 0 && dots < specEnd) {
            minWidth = dots == specStart ? 1 : number(specStart, dots, "minimum width");
            maxWidth = number(dots + 2, specEnd, "maximum width");
            if (minWidth > maxWidth) {
                throw error(specStart, "the minimum width " + minWidth + " exceeds the maximum " + maxWidth);
            }
        } else {
            minWidth = number(specStart, specEnd, "width");
            maxWidth = minWidth;
        }
        CharSet chars = CharSet.ALNUM;
        if (optionStart >= 0) {
            String option = pattern.substring(optionStart, close);
            if (option.equals("digits")) {
                chars = CharSet.DIGITS;
            } else if (option.equals("upper")) {
                chars = CharSet.UPPER;
            } else if (option.equals("alnum")) {
                chars = CharSet.ALNUM;
            } else if (option.startsWith("chars=")) {
                chars = CharSet.explicit(explicitChars(optionStart + "chars=".length(), close, "character set"));
            } else {
                throw error(optionStart, "unknown character set \"" + option
                        + "\"; expected digits, upper, alnum or chars=...");
            }
        }
        return new FieldElement(open, name, minWidth, maxWidth, chars);
    }

    private String explicitChars(int start, int end, String what) {
        if (start >= end) {
            throw error(start, "the " + what + " is empty");
        }
        for (int i = start; i < end; i++) {
            char c = pattern.charAt(i);
            if (!CharSet.isPrintableAscii(c) || c == ' ') {
                throw error(i, "the " + what + " may hold only printable ASCII characters other than space");
            }
        }
        return pattern.substring(start, end);
    }

    private int number(int start, int end, String what) {
        if (start >= end || end - start > 2) {
            throw error(start, "expected a " + what + " from 1 to " + MAX_FIELD_WIDTH);
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                throw error(i, "expected a digit in the " + what + ", found '" + c + "'");
            }
            value = value * 10 + (c - '0');
        }
        if (value < 1) {
            throw error(start, "the " + what + " must be at least 1");
        }
        return value;
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private LotPatternException error(int index, String message) {
        return new LotPatternException(message, pattern, index);
    }
}
