package dev.procura.budgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID OWNER = UUID.randomUUID();

    @ParameterizedTest(name = "{0} is {1} .. {2}")
    @CsvSource({"2026, 2026-01-01, 2026-12-31", "2026-Q4, 2026-10-01, 2026-12-31", "2028-02, 2028-02-01, 2028-02-29"})
    void defineStoresThePeriodsLabelAndBounds(String label, LocalDate start, LocalDate end) {
        Budget budget = new Budget(OWNER, CREATED);

        budget.define("IT", BudgetPeriod.parse("period", label), new BigDecimal("50000"), "EUR", "warn", LATER);

        assertEquals("IT", budget.costCenter());
        assertEquals(label, budget.period());
        assertEquals(start, budget.periodStart());
        assertEquals(end, budget.periodEnd());
        assertEquals(new BigDecimal("50000"), budget.amount());
        assertEquals("EUR", budget.currency());
        assertEquals("warn", budget.actionOnExceed());
        assertEquals(LATER, budget.updatedAt());
        assertEquals(CREATED, budget.createdAt());
        assertEquals(OWNER, budget.createdBy());
    }

    @ParameterizedTest(name = "{0} stops: {1}")
    @CsvSource({"stop, true", "warn, false"})
    void onlyAStopBudgetStopsOrders(String action, boolean stops) {
        Budget budget = new Budget(OWNER, CREATED);
        budget.define("IT", BudgetPeriod.parse("period", "2026"), BigDecimal.TEN, "EUR", action, LATER);

        assertEquals(stops, budget.stops());
    }

    @Test
    void anUndefinedBudgetHasNoPeriodAndDoesNotStop() {
        Budget budget = new Budget(OWNER, CREATED);

        assertNull(budget.period());
        assertNull(budget.updatedAt());
        assertEquals(false, budget.stops());
    }
}
