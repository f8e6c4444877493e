package io.lotkit.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class Gs1DictionaryTest {

    private final Gs1Dictionary builtIn = Gs1Dictionary.builtIn();

    @Test
    void builtInTableHoldsEveryExpandedAi() {
        assertThat(builtIn.definitions()).hasSize(541);
        assertThat(builtIn.release()).isEqualTo("2026-01-27");
        assertThat(builtIn.find("3105")).isPresent();
        assertThat(builtIn.find("3106")).isEmpty();
        assertThat(builtIn.find("91")).isPresent();
        assertThat(builtIn.find("x1")).isEmpty();
    }

    @Test
    void builtInTableEqualsTheSharedDictionary() {
        Gs1Dictionary published = Gs1Dictionary.load(SharedGs1Material.folder().resolve("gs1-syntax-dictionary.txt"));
        assertThat(published).isEqualTo(builtIn);
        assertThat(published.toTable()).isEqualTo(builtIn.toTable());
    }

    @Test
    void gtinDefinitionCarriesEveryAttribute() {
        AiDefinition gtin = builtIn.find("01").orElseThrow();
        assertThat(gtin.predefinedLength()).isTrue();
        assertThat(gtin.fnc1Required()).isFalse();
        assertThat(gtin.dlDataAttribute()).isTrue();
        assertThat(gtin.components()).containsExactly(
                new AiComponent(Gs1CharacterSet.NUMERIC, 14, 14, false, List.of("csum", "gcppos2")));
        assertThat(gtin.dlPrimaryKey()).isTrue();
        assertThat(gtin.dlQualifierPaths()).containsExactly(List.of("22", "10", "21"), List.of("235"));
        assertThat(gtin.excludes()).containsExactly("255", "37");
        assertThat(gtin.requires()).isEmpty();
        assertThat(gtin.title()).isEqualTo("GTIN");
    }

    @Test
    void repeatedReqRulesAndPlusGroupsAreKeptApart() {
        AiDefinition count = builtIn.find("37").orElseThrow();
        assertThat(count.requires()).containsExactly(
                List.of(List.of("00")), List.of(List.of("02"), List.of("8026")));
        AiDefinition digsig = builtIn.find("8030").orElseThrow();
        assertThat(digsig.requires().get(0)).contains(List.of("01", "21"), List.of("8010", "8011"));
        assertThat(digsig.components().get(0).characterSet()).isEqualTo(Gs1CharacterSet.BASE64URL);
    }

    @Test
    void optionalComponentsAndLengthsAreRead() {
        AiDefinition gdti = builtIn.find("253").orElseThrow();
        assertThat(gdti.minLength()).isEqualTo(13);
        assertThat(gdti.maxLength()).isEqualTo(30);
        assertThat(gdti.components().get(1)).hasToString("[X..17]");
        AiDefinition weight = builtIn.find("3103").orElseThrow();
        assertThat(weight.excludes()).containsExactly("310n");
        assertThat(builtIn.find("8110").orElseThrow().title()).isEmpty();
        assertThat(builtIn.find("7030").orElseThrow().title()).isEqualTo("PROCESSOR # 0");
    }

    @Test
    void rangesExpandWithTheirAttributes() {
        Gs1Dictionary dictionary = Gs1Dictionary.load(new StringReader(
                "# Release: 2099-01-01\n3100-3102 *? N6 req=01,02 ex=310n # NET WEIGHT (kg)\n"));
        assertThat(dictionary.release()).isEqualTo("2099-01-01");
        assertThat(dictionary.definitions()).extracting(AiDefinition::ai).containsExactly("3100", "3101", "3102");
        assertThat(dictionary.definitions().get(2).title()).isEqualTo("NET WEIGHT (kg)");
    }

    @Test
    void unknownAttributeKeysOfANewerReleaseAreSkipped() {
        Gs1Dictionary dictionary = Gs1Dictionary.load(new StringReader("7999 ? X..20 newkey=1 solitary # NEW AI\n"));
        assertThat(dictionary.find("7999").orElseThrow().title()).isEqualTo("NEW AI");
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumber() {
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("# header\n\n01 * Q14 # BAD\n")))
                .isInstanceOf(Gs1DictionaryException.class)
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(((Gs1DictionaryException) e).lineNumber()).isEqualTo(3));
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N..x\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("malformed length");
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("3105-3100 * N6\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("range");
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N..3 N2\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("variable length");
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N3 req=01,,02\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("empty item");
    }

    @Test
    void anUnknownCheckRoutineFailsTheLoad() {
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N14,frobnicate\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("frobnicate");
    }

    @Test
    void anAiThatPrefixesAnotherIsRejected() {
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N14\n011 N3\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("prefix");
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("01 * N14\n01 N3\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Gs1Dictionary.load(new StringReader("# nothing\n")))
                .isInstanceOf(Gs1DictionaryException.class).hasMessageContaining("no AI");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> Gs1Dictionary.load((java.io.Reader) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> builtIn.find(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ai");
    }

    @Test
    void definitionsRejectNullPartsWithAClearMessage() {
        AiComponent n2 = new AiComponent(Gs1CharacterSet.NUMERIC, 2, 2, false, List.of());
        java.util.List<AiComponent> withNull = new java.util.ArrayList<>(List.of(n2));
        withNull.add(null);
        assertThatThrownBy(() -> new AiDefinition("20", true, true, withNull, false, List.of(), List.of(),
                List.of(), "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        java.util.List<String> excludes = new java.util.ArrayList<>();
        excludes.add(null);
        assertThatThrownBy(() -> new AiDefinition("20", true, true, List.of(n2), false, List.of(), List.of(),
                excludes, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pattern");
        assertThatThrownBy(() -> new AiDefinition("2", true, true, List.of(n2), false, List.of(), List.of(),
                List.of(), "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two to four");
        assertThatThrownBy(() -> new AiComponent(Gs1CharacterSet.NUMERIC, 3, 2, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minLength");
    }

    @Test
    void ownTableRoundTrips() {
        Gs1Dictionary again = Gs1Dictionary.fromTable(new StringReader(builtIn.toTable()));
        assertThat(again).isEqualTo(builtIn).hasSameHashCodeAs(builtIn);
    }

    @Test
    void prefixLookupFindsTheAiAtAPosition() {
        assertThat(builtIn.prefixAt("xx310312345", 2, 11).ai).isEqualTo("3103");
        assertThat(builtIn.prefixAt("0112", 0, 4).ai).isEqualTo("01");
        assertThat(builtIn.prefixAt("23", 0, 2)).isNull();
        assertThat(builtIn.prefixAt("9", 0, 1)).isNull();
    }

    @Test
    void characterSetsHaveTheirPublishedSizes() {
        int[] sizes = new int[Gs1CharacterSet.values().length];
        for (char c = 0; c < 256; c++) {
            for (Gs1CharacterSet set : Gs1CharacterSet.values()) {
                sizes[set.ordinal()] += set.contains(c) ? 1 : 0;
            }
        }
        assertThat(sizes).containsExactly(10, 82, 39, 65);
        assertThat(Gs1CharacterSet.forLetter('Y')).isEqualTo(Gs1CharacterSet.CSET39);
        assertThatThrownBy(() -> Gs1CharacterSet.forLetter('Q')).isInstanceOf(IllegalArgumentException.class);
    }
}
