package dev.procura.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BudgetPeriodTest {

    @Test
    void yearsQuartersAndMonthsCoverTheirDays() {
        BudgetPeriod year = BudgetPeriod.parse("period", "2028");
        assertEquals(LocalDate.of(2028, 12, 31), year.end());
        BudgetPeriod q1 = BudgetPeriod.parse("period", "2028-Q1");
        assertEquals(LocalDate.of(2028, 3, 31), q1.end());
        assertEquals("quarter", q1.kind());
        BudgetPeriod february = BudgetPeriod.parse("period", "2028-02");
        assertEquals(LocalDate.of(2028, 2, 29), february.end(), "a leap year");
        assertTrue(february.contains(LocalDate.of(2028, 2, 1)));
        assertFalse(february.contains(LocalDate.of(2028, 3, 1)));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"2028-Q5", "2028-13", "28", "2028-1", "Q1-2028", "", "2028-00"}) {
            assertThrows(Failure.InvalidInput.class, () -> BudgetPeriod.parse("period", bad), bad);
        }
    }

    @Test
    void figuresCountCommittedAndSpentAgainstTheAmount() {
        Budget budget = new Budget(UUID.randomUUID(), Instant.now());
        budget.define("IT", BudgetPeriod.parse("period", "2028"), new BigDecimal("1000"), "EUR", "stop", Instant.now());
        BudgetFigures figures =
                BudgetFigures.of(budget, new BigDecimal("600"), new BigDecimal("250.005"), new BigDecimal("150"));
        assertEquals(new BigDecimal("149.99"), figures.remaining(), "1000 - 850.005, rounded half up to cents");
        assertEquals(new BigDecimal("85.00"), figures.utilisationPercent());
        assertTrue(figures.wouldExceed(), "850.005 + 150 > 1000");
        assertFalse(
                BudgetFigures.of(budget, new BigDecimal("600"), new BigDecimal("250"), new BigDecimal("150"))
                        .wouldExceed(),
                "exactly the amount is within budget");
    }
}
