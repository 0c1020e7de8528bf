package dev.procura.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static List<BigDecimal> decimals(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void sharesFollowTheBasisAndAddUpToTheAmount() {
        // 100.00 by value 600 / 300 / 100 → 60 / 30 / 10.
        assertEquals(
                decimals("60.00", "30.00", "10.00"),
                Allocation.split(new BigDecimal("100"), decimals("600", "300", "100"), 2));
    }

    @Test
    void leftOverCentsGoToTheLargestRemaindersFirstLineOnATie() {
        // 100.00 / 3 = 33.333… each: one cent left, all remainders equal → the first line takes it.
        assertEquals(
                decimals("33.34", "33.33", "33.33"),
                Allocation.split(new BigDecimal("100"), decimals("1", "1", "1"), 2));
        // 10.00 by 1 / 2 / 4 (of 7): 1.428571…, 2.857142…, 5.714285… → floors 1.42, 2.85, 5.71 (9.98);
        // remainders .0085, .0071, .0042 → the two cents go to lines 1 and 2.
        assertEquals(
                decimals("1.43", "2.86", "5.71"), Allocation.split(new BigDecimal("10"), decimals("1", "2", "4"), 2));
    }

    @Test
    void zeroDecimalCurrenciesAndNegativeAmountsSplitInWholeUnits() {
        assertEquals(
                decimals("334", "333", "333"), Allocation.split(new BigDecimal("1000"), decimals("1", "1", "1"), 0));
        assertEquals(decimals("-0.67", "-0.33"), Allocation.split(new BigDecimal("-1.00"), decimals("2", "1"), 2));
    }

    @Test
    void aLineWithoutBasisGetsNothingAndAnAllZeroBasisIsRefused() {
        assertEquals(decimals("0.00", "5.00"), Allocation.split(new BigDecimal("5"), decimals("0", "3"), 2));
        assertThrows(IllegalArgumentException.class, () -> Allocation.split(BigDecimal.ONE, decimals("0", "0"), 2));
        assertThrows(IllegalArgumentException.class, () -> Allocation.split(BigDecimal.ONE, decimals("-1", "2"), 2));
    }
}
