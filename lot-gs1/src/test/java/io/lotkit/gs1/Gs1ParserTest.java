package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class Gs1ParserTest {

    private static final String GS = "\u001d";
    private final Gs1Parser parser = Gs1Parser.builder().build();

    @Test
    void readsEveryFormIntoTheSameElements() {
        List<Gs1Element> expected = List.of(new Gs1Element("01", "09501101020917"), new Gs1Element("17", "260531"),
                new Gs1Element("10", "ABC123"), new Gs1Element("21", "XYZ"));
        assertThat(parser.parse("(01)09501101020917(17)260531(10)ABC123(21)XYZ").elements()).isEqualTo(expected);
        assertThat(parser.parse("^01095011010209171726053110ABC123^21XYZ").elements()).isEqualTo(expected);
        assertThat(parser.parse("]d201095011010209171726053110ABC123" + GS + "21XYZ").elements())
                .isEqualTo(expected);
        assertThat(parser.parse("https://id.gs1.org/01/09501101020917/10/ABC123/21/XYZ?17=260531").elements())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everySymbologyIdentifierLeadsToItsReader() {
        Gs1Message expected = parser.parse("(01)09501101020917(10)ABC123");
        for (String id : List.of("]C1", "]e0", "]d2", "]Q3", "]J1")) {
            assertThat(parser.parse(id + "010950110102091710ABC123")).as(id).isEqualTo(expected);
        }
        for (String id : List.of("]Q1", "]d1", "]J0")) {
            assertThat(parser.parse(id + "https://id.gs1.org/01/09501101020917/10/ABC123")).as(id)
                    .isEqualTo(expected);
            assertThat(parser.tryParse(id + "010950110102091710ABC123").errors()).as(id)
                    .extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.SYMBOLOGY_IDENTIFIER);
        }
        assertThat(parser.parse("]E496385074").get("01")).contains("00000096385074");
        assertThat(parser.parse("]I109501101020917").get("01")).contains("09501101020917");
        for (String id : List.of("]C0", "]e1", "]d0", "]Q0", "]J2", "]E1", "]I0", "]A0")) {
            assertThat(parser.tryParse(id + "010950110102091710ABC123", Gs1InputForm.SCAN).errors()).as(id)
                    .extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.SYMBOLOGY_IDENTIFIER);
        }
    }

    @Test
    void plainGtinsArePaddedToFourteenDigits() {
        assertThat(parser.parse("96385074").elements()).containsExactly(new Gs1Element("01", "00000096385074"));
        assertThat(parser.parse("5901234123457").elements()).containsExactly(new Gs1Element("01", "05901234123457"));
        assertThat(parser.parse("]E00123601057072").elements())
                .containsExactly(new Gs1Element("01", "00123601057072"));
        Gs1ParseResult bad = parser.tryParse("5901234123458", Gs1InputForm.GTIN);
        assertThat(bad.errors()).extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.INVALID_GTIN);
    }

    @Test
    void errorsNameIndexAiComponentAndReason() {
        Gs1ParseResult result = parser.tryParse("(01)09501101020917(17)261331(10)A");
        assertThat(result.isOk()).isFalse();
        Gs1Error error = result.errors().get(0);
        assertThat(error.index()).isEqualTo(24);
        assertThat(error.ai()).isEqualTo("17");
        assertThat(error.component()).isZero();
        assertThat(error.code()).isEqualTo(Gs1ErrorCode.CHECK_FAILED);
        assertThat(error.checkCode()).isEqualTo("INVALID_MONTH");
        assertThat(error.reasonCode()).isEqualTo("INVALID_MONTH");
    }

    @Test
    void checkDigitLengthAndCharacterSetAreEnforced() {
        assertThat(codeOf("(01)09501101020918")).isEqualTo("INCORRECT_CHECK_DIGIT");
        assertThat(codeOf("(01)0950110102091")).isEqualTo("VALUE_TOO_SHORT");
        assertThat(codeOf("(01)09501101020917(10)ABCDEFGHIJKLMNOPQRSTU")).isEqualTo("VALUE_TOO_LONG");
        assertThat(codeOf("(01)09501101020917(10)AB C")).isEqualTo("NON_CSET82_CHARACTER");
        assertThat(codeOf("^235ABC")).isEqualTo("REQUIRED_AI_MISSING");
    }

    @Test
    void pairingRepeatsAndUnknownAisAreEnforced() {
        assertThat(codeOf("(01)09501101020917(02)09501101020917(37)5")).isEqualTo("INVALID_PAIR");
        assertThat(codeOf("(10)ABC")).isEqualTo("REQUIRED_AI_MISSING");
        assertThat(codeOf("(01)09501101020917(10)A(10)B")).isEqualTo("REPEATED_AI_DIFFERENT");
        assertThat(codeOf("(01)09501101020917(89)X")).isEqualTo("UNKNOWN_AI");
        Gs1Parser permissive = Gs1Parser.builder().permitUnknownAis(true).build();
        assertThat(permissive.parse("(01)09501101020917(89)X").get("89")).contains("X");
    }

    @Test
    void collectAllErrorsReportsEveryProblemInOnePass() {
        Gs1Parser collecting = Gs1Parser.builder().collectAllErrors(true).build();
        Gs1ParseResult result = collecting.tryParse("(01)09501101020918(17)261331(10)A B");
        assertThat(result.errors()).extracting(Gs1Error::ai).containsExactly("01", "17", "10");
        assertThatThrownBy(() -> collecting.parse("(01)09501101020918(17)261331"))
                .isInstanceOfSatisfying(Gs1ParseException.class, e -> assertThat(e.errors()).hasSize(2));
    }

    @Test
    void separatorAndCompositeAreHonoured() {
        Gs1Parser pipe = Gs1Parser.builder().separator('|').build();
        assertThat(pipe.parse("0107032069804988100329|15210526", Gs1InputForm.UNBRACKETED).get("15"))
                .contains("210526");
        assertThat(parser.parse(GS + "010950110102091710ABC" + GS + "21X", Gs1InputForm.UNBRACKETED).get("21"))
                .contains("X");
        Gs1Message composite = parser.parse("(01)09501101020917(10)ABC|(99)COMPOSITE");
        assertThat(composite.compositeStart()).isEqualTo(2);
        assertThat(composite.toUnbracketed()).isEqualTo("^010950110102091710ABC|^99COMPOSITE");
        assertThat(parser.parse("(01)09501101020917(10)A\\(B").get("10")).contains("A(B");
    }

    @Test
    void maxInputLengthAndBadSettingsFailFast() {
        Gs1Parser small = Gs1Parser.builder().maxInputLength(10).build();
        assertThat(small.tryParse("(01)09501101020917").errors()).extracting(Gs1Error::code)
                .containsExactly(Gs1ErrorCode.INPUT_TOO_LONG);
        assertThatThrownBy(() -> Gs1Parser.builder().maxInputLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputLength");
        assertThatThrownBy(() -> Gs1Parser.builder().separator('A')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("separator");
        assertThatThrownBy(() -> Gs1Parser.builder().dictionary(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input");
    }

    @Test
    void scanDataNeedsAKnownSymbologyIdentifier() {
        assertThat(parser.tryParse("]C1").errors().get(0).code()).isEqualTo(Gs1ErrorCode.EMPTY_INPUT);
        assertThat(parser.tryParse("]XX0109501101020917", Gs1InputForm.SCAN).errors().get(0).code())
                .isEqualTo(Gs1ErrorCode.SYMBOLOGY_IDENTIFIER);
        assertThat(parser.parse("]Q1https://id.gs1.org/01/09501101020917").get("01")).contains("09501101020917");
    }

    @Test
    void aParserIsSafeForConcurrentUse() throws InterruptedException {
        String input = "(01)09501101020917(17)260531(10)ABC123(21)XYZ";
        Gs1Message expected = parser.parse(input);
        Thread[] threads = new Thread[4];
        boolean[] allEqual = {true, true, true, true};
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    allEqual[index] &= parser.parse(input).equals(expected);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(allEqual).containsOnly(true);
    }

    @Test
    void threadsStartingTogetherOnAFreshParserEachGetTheirOwnResults() throws InterruptedException {
        // Each thread reuses its own parse state; each parses its own lots, so any sharing of that state between
        // threads would show as a wrong lot.
        for (int round = 0; round < 20; round++) {
            Gs1Parser fresh = Gs1Parser.builder().build();
            Thread[] threads = new Thread[4];
            boolean[] allRight = {true, true, true, true};
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < threads.length; t++) {
                int index = t;
                threads[t] = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        allRight[index] = false;
                        return;
                    }
                    for (int i = 0; i < 300; i++) {
                        String lot = "T" + index + "L" + i;
                        Gs1Message message = fresh.parse("(01)09501101020917(10)" + lot + "(21)S" + index);
                        allRight[index] &= message.lot().orElseThrow().equals(lot)
                                && message.get("21").orElseThrow().equals("S" + index);
                    }
                });
                threads[t].start();
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(allRight).as("round %d", round).containsOnly(true);
        }
    }

    @Test
    void successiveParsesOnOneThreadKeepTheirOwnResults() {
        // Parses on one thread reuse the thread's parse state; no result may see a later parse's elements or errors.
        Gs1Parser lenient = Gs1Parser.builder().lenient(true).collectAllErrors(true).build();
        Gs1Message first = parser.parse("(01)09501101020917(17)260531(10)ABC123(21)XYZ");
        Gs1ParseResult failed = lenient.tryParse("(01)09501101020918(17)261331");
        Gs1Message many = parser.parse("^0109501101020917" + "10A^".repeat(9) + "21XYZ");
        Gs1Message second = parser.parse("]d20109501101020917");
        Gs1ParseResult warned = lenient.tryParse("(01)09501101020917(17)000000");

        assertThat(first.toBracketed()).isEqualTo("(01)09501101020917(17)260531(10)ABC123(21)XYZ");
        assertThat(failed.errors()).extracting(Gs1Error::code)
                .containsExactly(Gs1ErrorCode.CHECK_FAILED, Gs1ErrorCode.CHECK_FAILED);
        assertThat(many.elements()).hasSize(11);
        assertThat(second.elements()).containsExactly(new Gs1Element("01", "09501101020917"));
        assertThat(warned.isOk()).isTrue();
        assertThat(warned.warnings()).extracting(Gs1Error::code).containsExactly(Gs1ErrorCode.LENIENT_ZERO_DATE);
        assertThat(parser.parse("(01)09501101020917").elements()).hasSize(1);
    }

    @Test
    void aSeparatorInsideAValueOfPredefinedLengthEndsItEarly() {
        Gs1ParseResult cut = parser.tryParse("\u001d01095011010\u001d20917");
        assertThat(cut.errors()).extracting(Gs1Error::index, Gs1Error::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, Gs1ErrorCode.COMPONENT_LENGTH));
        Gs1ParseResult caret = parser.tryParse("^010950110102^0917");
        assertThat(caret.errors()).extracting(Gs1Error::index, Gs1Error::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, Gs1ErrorCode.COMPONENT_LENGTH));
        // A separator that a character set admits ('#' is in set 39) still ends the value where it stands.
        Gs1Parser hash = Gs1Parser.builder().separator('#').build();
        assertThat(hash.tryParse("#0109501101020917#10A#21B").orElseThrow().get("10")).contains("A");
        assertThat(hash.tryParse("#01095011#01020917").errors()).extracting(Gs1Error::code)
                .containsExactly(Gs1ErrorCode.COMPONENT_LENGTH);
    }

    @Test
    void aVariableLengthValueIsCheckedWhereverItEnds() {
        String gtin = "\u001d0109501101020917";
        assertThat(parser.parse(gtin + "10AB-12\u001d21X").get("10")).contains("AB-12");
        assertThat(parser.parse(gtin + "10" + "L".repeat(20)).get("10")).contains("L".repeat(20));
        Gs1Error bad = parser.tryParse(gtin + "10AB#12\u001d21X").errors().get(0);
        assertThat(bad.index()).isEqualTo(21);
        assertThat(bad.checkCode()).isEqualTo("NON_CSET82_CHARACTER");
        Gs1Error tooLong = parser.tryParse(gtin + "10" + "L".repeat(21) + "\u001d21X").errors().get(0);
        assertThat(tooLong.code()).isEqualTo(Gs1ErrorCode.VALUE_TOO_LONG);
        assertThat(tooLong.index()).isEqualTo(39);
        assertThat(parser.tryParse(gtin + "10\u001d21X").errors()).extracting(Gs1Error::code)
                .containsExactly(Gs1ErrorCode.VALUE_TOO_SHORT);
    }

    @Test
    void aMessagesElementsAreMadeOnceFromTheValuesRead() {
        Gs1Message message = parser.parse("(01)09501101020917(17)260531(10)ABC123(21)XYZ(10)ABC123");
        assertThat(message.elements()).isSameAs(message.elements()).containsExactly(
                new Gs1Element("01", "09501101020917"), new Gs1Element("17", "260531"),
                new Gs1Element("10", "ABC123"), new Gs1Element("21", "XYZ"), new Gs1Element("10", "ABC123"));
        assertThat(message.getAll("10")).containsExactly("ABC123", "ABC123");
        assertThat(message.get("21")).contains("XYZ");
        assertThatThrownBy(() -> message.elements().set(0, new Gs1Element("01", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSharedMessageComputesItsLazyViewsSafely() throws InterruptedException {
        String input = "(01)09501101020917(17)260531(10)ABC123(21)XYZ";
        Gs1Message expected = parser.parse(input);
        String unbracketed = expected.toUnbracketed();
        Thread[] threads = new Thread[4];
        boolean[] allEqual = {true, true, true, true};
        for (int round = 0; round < 200; round++) {
            // A fresh message per round, first touched by four threads at once.
            Gs1Message shared = parser.parse(input);
            for (int t = 0; t < threads.length; t++) {
                int index = t;
                threads[t] = new Thread(() -> allEqual[index] &= shared.elements().equals(expected.elements())
                        && shared.toBracketed().equals(input) && shared.toUnbracketed().equals(unbracketed)
                        && shared.hashCode() == expected.hashCode());
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        assertThat(allEqual).containsOnly(true);
    }

    private String codeOf(String input) {
        Gs1ParseResult result = parser.tryParse(input);
        assertThat(result.isOk()).as("rejects %s", input).isFalse();
        return result.errors().get(0).reasonCode();
    }
}
