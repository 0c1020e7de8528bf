package dev.procura.platform.projects;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Port implemented by the projects capability: the project budget check purchase orders naming a
 * project pass on submit and approval. Runs in the caller's tenant transaction.
 */
public interface ProjectBudgets {

    /**
     * Refuses (409 {@code budget-exceeded}) an order whose {@code amount} (in {@code currency}, on
     * {@code orderDate}) with what the project's other orders already commit exceeds the project's
     * budget. {@code orderId} is the order checked: its own earlier commitment is not counted twice.
     */
    void requireWithinBudget(
            TenantTx tx,
            UUID projectId,
            UUID orderId,
            String reference,
            LocalDate orderDate,
            String currency,
            BigDecimal amount);
}
