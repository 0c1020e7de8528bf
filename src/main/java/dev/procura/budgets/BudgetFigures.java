package dev.procura.budgets;

import dev.procura.procurement.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a budget stands, in its currency: committed is what approved, still-open orders will
 * cost beyond what is already invoiced; spent is what was invoiced; both count against the amount.
 */
@Schema(name = "BudgetStatus")
public record BudgetFigures(
        @Schema(description = "The budget's id (`/budgets/{id}`)")
        UUID budgetId,

        String costCenter,
        String period,
        String currency,
        BigDecimal amount,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal remaining,

        @Schema(description = "(committed + spent) / amount, percent")
        BigDecimal utilisationPercent,

        @Schema(enumeration = {"stop", "warn"}) String actionOnExceed,

        @Schema(description = "In a check: the order's amount in the budget's currency")
        BigDecimal requested) {

    static BudgetFigures of(Budget budget, BigDecimal committed, BigDecimal spent, BigDecimal requested) {
        String currency = budget.currency();
        // Round the parts first, so the figures shown add up to the cent.
        BigDecimal amount = Money.round(budget.amount(), currency);
        BigDecimal committedRounded = Money.round(committed, currency);
        BigDecimal spentRounded = Money.round(spent, currency);
        BigDecimal used = committedRounded.add(spentRounded);
        return new BudgetFigures(
                budget.id(),
                budget.costCenter(),
                budget.period(),
                currency,
                amount,
                committedRounded,
                spentRounded,
                amount.subtract(used),
                Money.percent(used, amount),
                budget.actionOnExceed(),
                requested == null ? null : Money.round(requested, currency));
    }

    /** Would the requested amount take the budget beyond its amount? */
    public boolean wouldExceed() {
        return requested != null && committed.add(spent).add(requested).compareTo(amount) > 0;
    }
}
