package io.lotkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static final UnitOfMeasure KG = UnitOfMeasure.of("KG");
    private static final UnitOfMeasure L = UnitOfMeasure.of("L");

    private static Quantity kg(String amount) {
        return Quantity.of(new BigDecimal(amount), KG);
    }

    @Provide
    Arbitrary<Quantity> kilos() {
        return LotkitArbitraries.quantities(KG);
    }

    @Property(tries = 300)
    void additionIsCommutativeAssociativeAndExact(
            @ForAll("kilos") Quantity a, @ForAll("kilos") Quantity b, @ForAll("kilos") Quantity c) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(a.plus(b).value()).isEqualByComparingTo(a.value().add(b.value()));
    }

    @Property(tries = 300)
    void subtractingWhatWasAddedGivesBackTheSameQuantity(@ForAll("kilos") Quantity a, @ForAll("kilos") Quantity b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b).minus(a)).isEqualTo(b);
    }

    @Property(tries = 200)
    void sumEqualsSequentialPlus(@ForAll @Size(max = 20) List<@net.jqwik.api.From("kilos") Quantity> quantities) {
        Quantity sequential = Quantity.zero(KG);
        for (Quantity q : quantities) {
            sequential = sequential.plus(q);
        }
        assertThat(Quantity.sum(KG, quantities)).isEqualTo(sequential);
    }

    @Property(tries = 300)
    void minIsNeverLargerAndMinusBelowZeroIsRefused(@ForAll("kilos") Quantity a, @ForAll("kilos") Quantity b) {
        Quantity smaller = a.min(b);
        Quantity larger = a.max(b);
        assertThat(smaller.compareTo(larger)).isNotPositive();
        assertThat(larger.minus(smaller).plus(smaller)).isEqualTo(larger);
        if (!smaller.equals(larger)) {
            assertThatThrownBy(() -> smaller.minus(larger)).isInstanceOf(NegativeQuantityException.class);
        }
    }

    @Property(tries = 200)
    void multiplyingByAWholeNumberIsRepeatedAddition(@ForAll("kilos") Quantity a,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 12) int factor) {
        Quantity repeated = Quantity.zero(KG);
        for (int i = 0; i < factor; i++) {
            repeated = repeated.plus(a);
        }
        assertThat(a.multipliedBy(factor)).isEqualTo(repeated);
    }

    @Property(tries = 200)
    void equalityIgnoresScaleAndParseReadsToString(@ForAll("kilos") Quantity a) {
        Quantity widened = Quantity.of(a.value().setScale(a.value().scale() + 3), KG);
        assertThat(widened).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(Quantity.parse(a.toString())).isEqualTo(a);
        assertThat(Quantity.parse(a.toString()).value().scale()).isEqualTo(a.value().scale());
    }

    @Test
    void keepsTheScaleForDisplayButComparesByValue() {
        assertThat(kg("12.500")).hasToString("12.500 KG").isEqualTo(kg("12.5")).isEqualTo(kg("12.50000"));
        assertThat(kg("0.00")).isEqualTo(Quantity.zero(KG)).hasSameHashCodeAs(Quantity.zero(KG));
        assertThat(kg("0.00").isZero()).isTrue();
        assertThat(kg("1E+3")).hasToString("1000 KG");
        assertThat(kg("1E+3").value().scale()).isZero();
        assertThat(kg("1.0")).isNotEqualTo(Quantity.of(BigDecimal.ONE, L));
        assertThat(kg("0.1").plus(kg("0.2"))).isEqualTo(kg("0.3"));
        assertThat(kg("2.50").multipliedBy(new BigDecimal("0.5"))).hasToString("1.250 KG");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> kg("-0.001")).isInstanceOf(NegativeQuantityException.class)
                .hasMessage("quantity must not be negative, got -0.001 KG");
        assertThatThrownBy(() -> Quantity.of(-1, KG)).isInstanceOf(NegativeQuantityException.class);
        assertThatThrownBy(() -> kg("1.5").minus(kg("2")))
                .isInstanceOfSatisfying(NegativeQuantityException.class,
                        e -> assertThat(e.value()).isEqualByComparingTo("-0.5"))
                .hasMessage("1.5 KG minus 2 KG would be negative (-0.5)");
        assertThatThrownBy(() -> kg("1").multipliedBy(-2)).isInstanceOf(NegativeQuantityException.class)
                .hasMessageContaining("negative factor -2");
    }

    @Test
    void mixedUnitsAreRefusedByEveryOperation() {
        Quantity litre = Quantity.of(1, L);
        for (var operation : List.<java.util.function.Consumer<Quantity>>of(
                kg("1")::plus, kg("1")::minus, kg("1")::min, kg("1")::max, kg("1")::compareTo,
                kg("1")::isLessThan, kg("1")::isGreaterThan)) {
            assertThatThrownBy(() -> operation.accept(litre))
                    .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
                        assertThat(e.expected()).isEqualTo(KG);
                        assertThat(e.actual()).isEqualTo(L);
                    })
                    .hasMessageContaining("expected KG but got L");
        }
        assertThatThrownBy(() -> Quantity.sum(KG, List.of(kg("1"), kg("2"), litre)))
                .isInstanceOf(UnitMismatchException.class).hasMessageStartingWith("sum of quantities[2]");
    }

    @Test
    void badArgumentsAreNamed() {
        List<Quantity> withNull = new ArrayList<>(List.of(kg("1")));
        withNull.add(null);
        assertThatThrownBy(() -> Quantity.sum(KG, withNull)).hasMessage("quantities[1] must not be null");
        assertThatThrownBy(() -> Quantity.of(null, KG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must not be null");
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).hasMessage("unit must not be null");
        assertThatThrownBy(() -> kg("1").plus(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other must not be null");
        assertThatThrownBy(() -> Quantity.parse("12.5KG")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no space");
        assertThatThrownBy(() -> Quantity.parse("twelve KG")).hasMessageContaining("\"twelve\" at index 0");
        assertThatThrownBy(() -> Quantity.parse("12 K G")).hasMessageContaining("bad unit at index 3");
    }

    @Test
    void amountsAreBoundedAndOverflowIsAnErrorNotARounding() {
        assertThatThrownBy(() -> kg("1E+999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits before the point");
        assertThatThrownBy(() -> kg("0." + "1".repeat(51))).hasMessageContaining("51 digits after the point");
        Quantity fine = kg("0." + "1".repeat(30));
        assertThatThrownBy(() -> fine.multipliedBy(fine.value())).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("multipliedBy");
        Quantity huge = kg("9".repeat(50));
        assertThatThrownBy(() -> huge.plus(kg("1"))).isInstanceOf(ArithmeticException.class);
        // Messages stay short even for absurd inputs (no plain-notation expansion of a huge exponent).
        assertThatThrownBy(() -> kg("-1E+999999999")).isInstanceOf(NegativeQuantityException.class)
                .hasMessage("quantity must not be negative, got -1E+999999999 KG");
        assertThatThrownBy(() -> kg("1").multipliedBy(new BigDecimal("1E+999999999")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> kg("1").multipliedBy(new BigDecimal("-1E+999999999")))
                .hasMessage("cannot multiply 1 KG by the negative factor -1E+999999999");
    }

    @Test
    void noPublicMethodTakesOrReturnsAFloatingPointNumber() {
        for (Class<?> type : List.of(Quantity.class, UnitOfMeasure.class, ShelfLife.class)) {
            for (Method m : type.getMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                assertThat(m.getReturnType()).as(m.toString()).isNotIn(double.class, float.class, Double.class,
                        Float.class);
                assertThat(Arrays.asList(m.getParameterTypes())).as(m.toString())
                        .doesNotContain(double.class, float.class, Double.class, Float.class);
            }
        }
    }

    @Test
    void unitCodesAreExactAndValidated() {
        assertThat(UnitOfMeasure.of("kg")).isNotEqualTo(KG);
        assertThatThrownBy(() -> UnitOfMeasure.of("")).hasMessage("unit code must not be empty");
        assertThatThrownBy(() -> UnitOfMeasure.of("K G")).hasMessage("unit code \"K G\" contains whitespace at index 1");
        assertThatThrownBy(() -> UnitOfMeasure.of("X".repeat(33))).hasMessageContaining("33 characters long");
    }
}
