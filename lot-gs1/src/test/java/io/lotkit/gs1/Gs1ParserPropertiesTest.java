package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the parser: it never fails with anything but its own exception, and the forms round-trip. */
class Gs1ParserPropertiesTest {

    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String NOISE = "0123456789()\\^|]\u001d%/?&=:#CdeEQJ1234XYZaz -";
    private static final List<Gs1Parser> PARSERS = List.of(Gs1Parser.builder().build(),
            Gs1Parser.builder().lenient(true).collectAllErrors(true).build(),
            Gs1Parser.builder().permitUnknownAis(true).checkPairings(false).build());

    @Property(tries = 300)
    void randomInputYieldsAResultOrAParseException(@ForAll("noise") String input) {
        assertNeverCrashes(input);
    }

    @Property(tries = 300)
    void mutatedValidInputYieldsAResultOrAParseException(@ForAll("messages") Gs1Message message,
            @ForAll("mutations") List<int[]> mutations) {
        for (String form : List.of(message.toBracketed(), message.toUnbracketed(),
                "]d2" + message.toDataString('\u001d', true).substring(1),
                message.toDigitalLink().orElse("https://id.gs1.org/01/09501101020917"))) {
            assertNeverCrashes(mutate(form, mutations));
        }
    }

    @Property(tries = 200)
    void bracketedUnbracketedScanAndDigitalLinkRoundTrip(@ForAll("messages") Gs1Message message) {
        Gs1Parser parser = PARSERS.get(0);
        Gs1Message fromBracketed = parser.parse(message.toBracketed());
        assertThat(fromBracketed).isEqualTo(message);
        Gs1Message fromUnbracketed = parser.parse(fromBracketed.toUnbracketed());
        assertThat(fromUnbracketed).isEqualTo(message);
        Gs1Message fromScan = parser.parse("]d2" + message.toDataString('\u001d', true).substring(1));
        assertThat(fromScan.elements()).containsExactlyInAnyOrderElementsOf(message.elements());
        String link = message.toDigitalLink().orElseThrow();
        Gs1Message fromLink = parser.parse(link);
        assertThat(fromLink.elements()).containsExactlyInAnyOrderElementsOf(message.elements());
        assertThat(fromLink.toDigitalLink()).contains(link);
        assertThat(parser.parse(fromLink.toBracketed()).toDigitalLink()).contains(link);
    }

    /**
     * The quick reading of bracketed data, which gives up on anything but valid data of simple AIs, reads what the
     * full reading reads: the same elements, or (after giving up) the same problems.
     */
    @Property(tries = 300)
    void quickAndFullBracketedReadingsAgree(@ForAll("messages") Gs1Message message,
            @ForAll("mutations") List<int[]> mutations, @ForAll boolean mutate) {
        String input = mutate ? mutate(message.toBracketed(), mutations) : message.toBracketed();
        for (Gs1Parser parser : PARSERS) {
            Gs1ParseResult quick = parser.tryParse(input, Gs1InputForm.BRACKETED);
            if (!input.isEmpty() && input.length() <= parser.maxInputLength) {
                assertAgree(input, quick, readFully(parser, input,
                        full -> ElementStringReader.readBracketedFully(full, 0, input.length())));
            }
        }
    }

    /**
     * The quick reading of GS1-mode scanner data, which gives up on anything but valid data, reads what the full
     * reading (caret search, composite split, element by element) reads.
     */
    @Property(tries = 300)
    void quickAndFullScanDataReadingsAgree(@ForAll("messages") Gs1Message message,
            @ForAll("mutations") List<int[]> mutations, @ForAll boolean mutate) {
        String data = "]d2" + message.toDataString('\u001d', true).substring(1);
        String input = mutate ? mutate(data, mutations) : data;
        if (!input.startsWith("]d2") || input.regionMatches(true, 3, "http", 0, 4)) {
            return; // another symbology, or a Digital Link in a GS1-mode symbol: not this reading
        }
        for (Gs1Parser parser : PARSERS) {
            Gs1ParseResult quick = parser.tryParse(input, Gs1InputForm.SCAN);
            assertAgree(input, quick, readFully(parser, input, ScanDataReader::readElementStringsFully));
        }
    }

    /**
     * The quick reading of a Digital Link URI, which gives up on anything but valid data (and on a prefix before
     * more pairs than it keeps slashes for), reads what the full reading reads, including where the path ends.
     */
    @Property(tries = 300)
    void quickAndFullDigitalLinkReadingsAgree(@ForAll("messages") Gs1Message message,
            @ForAll("domains") String domain, @ForAll("mutations") List<int[]> mutations, @ForAll boolean mutate,
            @ForAll boolean swap) {
        String written = message.toDigitalLink(domain).orElseThrow();
        // The writer takes a lower-case scheme only; readers take one all in upper case too.
        String link = domain.endsWith("EXAMPLE.COM") ? "HTTPS" + written.substring("https".length()) : written;
        link = swap ? swapLastPairs(link) : link;
        String input = mutate ? mutate(link, mutations) : link;
        for (Gs1Parser parser : PARSERS) {
            Gs1ParseResult quick = parser.tryParse(input, Gs1InputForm.DIGITAL_LINK);
            Gs1ParseResult expected = readFully(parser, input, DigitalLinkReader::read);
            assertAgree(input, quick, expected);
            if (expected.isOk()) {
                assertThat(quick.orElseThrow().toDigitalLink()).as(input)
                        .isEqualTo(expected.orElseThrow().toDigitalLink());
            }
        }
    }

    /**
     * The link with the last two {@code /AI/value} pairs of its path swapped: qualifiers out of order, or a key after
     * a qualifier (which then reads as a path prefix).
     */
    private static String swapLastPairs(String link) {
        int query = link.indexOf('?');
        int pathEnd = query < 0 ? link.length() : query;
        int[] slashes = new int[4];
        int at = pathEnd;
        for (int i = 3; i >= 0; i--) {
            at = link.lastIndexOf('/', at - 1);
            slashes[i] = at;
        }
        if (slashes[0] <= link.indexOf("://") + 2) {
            return link; // fewer than two pairs after the domain
        }
        return link.substring(0, slashes[0]) + link.substring(slashes[2], pathEnd)
                + link.substring(slashes[0], slashes[2]) + link.substring(pathEnd);
    }

    /** The result of a full reading of {@code input} by {@code reading}, with the message rules after it. */
    private static Gs1ParseResult readFully(Gs1Parser parser, String input, Consumer<ParseContext> reading) {
        ParseContext full = new ParseContext(parser, input);
        reading.accept(full);
        if (!full.stopped()) {
            MessageRules.check(full);
        }
        return full.result();
    }

    private static void assertAgree(String input, Gs1ParseResult quick, Gs1ParseResult expected) {
        assertThat(quick.errors()).as(input).isEqualTo(expected.errors());
        assertThat(quick.warnings()).as(input).isEqualTo(expected.warnings());
        if (expected.isOk()) {
            assertThat(quick.orElseThrow().elements()).as(input).isEqualTo(expected.orElseThrow().elements());
            assertThat(quick.orElseThrow().compositeStart()).as(input)
                    .isEqualTo(expected.orElseThrow().compositeStart());
        }
    }

    private static void assertNeverCrashes(String input) {
        for (Gs1Parser parser : PARSERS) {
            assertThatCode(() -> parser.tryParse(input)).doesNotThrowAnyException();
            for (Gs1InputForm form : Gs1InputForm.values()) {
                assertThatCode(() -> parser.tryParse(input, form)).doesNotThrowAnyException();
            }
            try {
                parser.parse(input);
            } catch (Gs1ParseException expected) {
                assertThat(expected.errors()).isNotEmpty();
            }
        }
    }

    private static String mutate(String text, List<int[]> mutations) {
        StringBuilder out = new StringBuilder(text);
        for (int[] mutation : mutations) {
            int at = out.length() == 0 ? 0 : Math.floorMod(mutation[1], out.length());
            char c = NOISE.charAt(Math.floorMod(mutation[2], NOISE.length()));
            switch (mutation[0]) {
                case 0 -> out.insert(at, c);
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (out.length() > 0) {
                        out.setCharAt(at, c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars(NOISE.toCharArray()).ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> one = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 100))
                .as((kind, at, c) -> new int[] {kind, at, c});
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Digital Link domains, with path prefixes (one of them shaped like a pair) and upper-case schemes. */
    @Provide
    Arbitrary<String> domains() {
        return Arbitraries.of("https://id.gs1.org", "http://example.com", "https://EXAMPLE.COM",
                "https://example.com/shop", "https://example.com/01/a/b", "https://x.org/a/b/c/d/e/f/g/h/i");
    }

    /** Valid messages: a GTIN, then a few distinct attributes in random order. */
    @Provide
    Arbitrary<Gs1Message> messages() {
        Arbitrary<String> gtin = Arbitraries.strings().numeric().ofLength(13)
                .map(d -> d + CheckDigits.compute(d, 0, 13));
        Arbitrary<String> text = Arbitraries.strings().withChars(CSET82.toCharArray()).ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 28))
                .as((y, m, d) -> "%02d%02d%02d".formatted(y, m, d));
        Arbitrary<String> sixDigits = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> realDate = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> "%02d%02d%02d".formatted(y, m, d)); // yymmdd: no day 00
        Arbitrary<String> harvest = Combinators.combine(realDate, realDate, Arbitraries.of(true, false))
                .as((from, to, both) -> both ? from + to : from);
        Arbitrary<List<String[]>> extras = Combinators.combine(text, text, date, date, sixDigits, text, harvest)
                .as((lot, serial, expiry, best, weight, internal, harvestDates) -> {
                    List<String[]> all = new ArrayList<>();
                    all.add(new String[] {"10", lot});
                    all.add(new String[] {"21", serial});
                    all.add(new String[] {"17", expiry});
                    all.add(new String[] {"15", best});
                    all.add(new String[] {"3103", weight});
                    all.add(new String[] {"99", internal});
                    all.add(new String[] {"7007", harvestDates}); // two components, the second optional
                    return all;
                });
        return Combinators.combine(gtin, extras, Arbitraries.integers().between(0, 127),
                Arbitraries.randoms()).as((g, all, mask, random) -> {
                    Gs1MessageBuilder builder = Gs1Message.builder().add("01", g);
                    List<String[]> chosen = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            chosen.add(all.get(i));
                        }
                    }
                    java.util.Collections.shuffle(chosen, random);
                    Set<String> seen = new HashSet<>();
                    for (String[] element : chosen) {
                        if (seen.add(element[0])) {
                            builder.add(element[0], element[1]);
                        }
                    }
                    return builder.build();
                });
    }
}
