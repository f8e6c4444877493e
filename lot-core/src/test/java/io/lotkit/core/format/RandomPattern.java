package io.lotkit.core.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random pattern built from the element grammar, remembering what each element prints, so that a test can make
 * contexts that fit it and know which fields a formatted lot number holds.
 */
final class RandomPattern {

    private static final String[] DATE_LETTERS = {"yyyy", "yy", "y", "YYYY", "YY", "Y", "MM", "L", "dd", "DDD", "ww",
        "HH"};
    private static final String[] DELIMITERS = {"-", "/", ".", "_"};
    private static final String SECTION_STARTS = "*+:;=!";
    private static final String[] CHARSET_OPTIONS = {"", ",digits", ",upper", ",alnum", ",chars=XYZ7"};
    private static final String[] CHARSET_MEMBERS = {CharSet.DIGIT_CHARS + CharSet.UPPER_CHARS, CharSet.DIGIT_CHARS,
        CharSet.UPPER_CHARS, CharSet.DIGIT_CHARS + CharSet.UPPER_CHARS, "XYZ7"};
    private static final String[] RADIX_OPTIONS = {"", ",dec", ",base36", ",base32c", ",alphabet=ACGT"};
    private static final String[] RADIX_ALPHABETS = {"0123456789", "0123456789", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "0123456789ABCDEFGHJKMNPQRSTVWXYZ", "ACGT"};
    private static final String[] CHECKS = {"gs1", "luhn", "mod37-36"};

    /** One element of the pattern; a section holds children. */
    record Node(String kind, String name, int minWidth, int maxWidth, String chars, List<Node> children) {
    }

    final List<Node> nodes;
    final String pattern;
    private int nextField;
    private int nextSection;
    private boolean sequence;

    private RandomPattern(Random random) {
        StringBuilder text = new StringBuilder();
        this.nodes = elements(random, text, 0, 1 + random.nextInt(6));
        if (random.nextInt(4) == 0) {
            text.append("{check:").append(CHECKS[random.nextInt(CHECKS.length)]).append('}');
            nodes.add(new Node("check", null, 1, 1, null, List.of()));
        }
        this.pattern = text.toString();
    }

    static RandomPattern generate(Random random) {
        return new RandomPattern(random);
    }

    private List<Node> elements(Random random, StringBuilder text, int depth, int count) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int choice = random.nextInt(10);
            if (choice < 3) {
                String letters = DATE_LETTERS[random.nextInt(DATE_LETTERS.length)];
                if (text.length() > 0 && text.charAt(text.length() - 1) == letters.charAt(0)) {
                    // Adjacent runs of one letter would read as one longer run.
                    text.append('-');
                    out.add(new Node("literal", "-", 1, 1, null, List.of()));
                }
                text.append(letters);
                out.add(new Node("date", letters, letters.length(), letters.length(), null, List.of()));
            } else if (choice < 6) {
                out.add(field(random, text));
            } else if (choice < 7 && depth == 0 && !sequence) {
                sequence = true;
                out.add(sequence(random, text));
            } else if (choice < 8 && depth < 2 && nextSection < SECTION_STARTS.length()) {
                char start = SECTION_STARTS.charAt(nextSection++);
                text.append('[').append(start);
                List<Node> children = new ArrayList<>();
                children.add(new Node("literal", String.valueOf(start), 1, 1, null, List.of()));
                children.addAll(elements(random, text, depth + 1, 1 + random.nextInt(3)));
                text.append(']');
                out.add(new Node("section", null, 0, 0, null, children));
            } else {
                String literal = random.nextBoolean() ? DELIMITERS[random.nextInt(DELIMITERS.length)] : "Q''R";
                text.append(random.nextBoolean() || literal.length() > 1 ? "'" + literal + "'" : literal);
                String printed = literal.replace("''", "'");
                out.add(new Node("literal", printed, printed.length(), printed.length(), null, List.of()));
            }
            Node last = out.get(out.size() - 1);
            if (last.minWidth() != last.maxWidth() && random.nextInt(5) > 0) {
                String delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
                text.append(delimiter);
                out.add(new Node("literal", delimiter, 1, 1, null, List.of()));
            }
        }
        return out;
    }

    private Node field(Random random, StringBuilder text) {
        String name = new String[] {"item", "plant", "line", "shift", "f" + nextField}[random.nextInt(5)];
        name = name + "_" + nextField++;
        int max = 1 + random.nextInt(5);
        int min = random.nextBoolean() ? max : 1 + random.nextInt(max);
        int set = random.nextInt(CHARSET_OPTIONS.length);
        String width = min == max ? Integer.toString(max) : (min == 1 && random.nextBoolean() ? "" : min) + ".." + max;
        text.append('{').append(name).append(':').append(width).append(CHARSET_OPTIONS[set]).append('}');
        return new Node("field", name, min, max, CHARSET_MEMBERS[set], List.of());
    }

    private Node sequence(Random random, StringBuilder text) {
        int radix = random.nextInt(RADIX_OPTIONS.length);
        int width = 1 + random.nextInt(radix == 0 || radix == 1 ? 12 : 6);
        boolean padded = random.nextBoolean();
        text.append("{seq:").append(padded ? "" : "..").append(width).append(RADIX_OPTIONS[radix]).append('}');
        return new Node("seq", null, padded ? width : 1, width, RADIX_ALPHABETS[radix], List.of());
    }

    /** A context that fits the pattern: mandatory fields present, fields in sections present or not at random. */
    LotContext context(Random random, long sequenceMaximum) {
        LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(300 * 366));
        LotContext.Builder builder = LotContext.builder()
                .dateTime(LocalDateTime.of(date, LocalTime.of(random.nextInt(24), random.nextInt(60))));
        fill(random, builder, nodes, false);
        if (sequenceMaximum >= 0) {
            long value = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> sequenceMaximum;
                default -> Math.floorMod(random.nextLong(), sequenceMaximum + 1);
            };
            builder.sequence(value);
        }
        return builder.build();
    }

    private static void fill(Random random, LotContext.Builder builder, List<Node> nodes, boolean inSection) {
        for (Node node : nodes) {
            if (node.kind().equals("field") && (!inSection || random.nextInt(3) > 0)) {
                int length = node.minWidth() + random.nextInt(node.maxWidth() - node.minWidth() + 1);
                StringBuilder value = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    value.append(node.chars().charAt(random.nextInt(node.chars().length())));
                }
                builder.field(node.name(), value.toString());
            } else if (node.kind().equals("section")) {
                fill(random, builder, node.children(), true);
            }
        }
    }

    /** Collects the fields and date letters a context prints: a section prints when all its fields are present. */
    static void printed(List<Node> nodes, LotContext context, List<Node> out) {
        for (Node node : nodes) {
            if (node.kind().equals("section")) {
                boolean present = node.children().stream()
                        .allMatch(child -> !child.kind().equals("field") || context.field(child.name()).isPresent());
                if (present) {
                    printed(node.children(), context, out);
                }
            } else {
                out.add(node);
            }
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
