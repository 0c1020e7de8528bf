package dev.procura.budgets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Budget")
public record BudgetView(
        UUID id,
        String costCenter,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal amount,
        String currency,
        @Schema(enumeration = {"stop", "warn"}) String actionOnExceed,
        Instant createdAt,
        Instant updatedAt) {
    static BudgetView of(Budget b) {
        return new BudgetView(
                b.id(),
                b.costCenter(),
                b.period(),
                b.periodStart(),
                b.periodEnd(),
                b.amount(),
                b.currency(),
                b.actionOnExceed(),
                b.createdAt(),
                b.updatedAt());
    }
}
