package dev.procura.engineering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the change order API. */
public final class ChangeOrderViews {

    private ChangeOrderViews() {}

    @Schema(name = "ChangeOrder")
    public record ChangeOrderView(
            UUID id,
            UUID projectId,
            @Schema(example = "CO-000001") String number,
            String title,
            String description,
            String reason,
            BigDecimal costImpact,
            String currency,
            int scheduleImpactDays,

            @Schema(description = "The change_order workflow's state (`open` without one)")
            String status,

            @Schema(description = "Its workflow reached a final state")
            boolean decided,

            @Schema(description = "Decided in the final state `approved`: counts in the approved changes")
            boolean approved,

            LocalDate decidedOn,
            UUID requestedBy,
            Instant createdAt,
            Instant updatedAt) {

        static ChangeOrderView of(ChangeOrder order) {
            return new ChangeOrderView(
                    order.id(),
                    order.projectId(),
                    order.number(),
                    order.title(),
                    order.description(),
                    order.reason(),
                    order.costImpact(),
                    order.currency(),
                    order.scheduleImpactDays(),
                    order.status(),
                    order.isDecided(),
                    order.isApproved(),
                    order.decidedOn(),
                    order.requestedBy(),
                    order.createdAt(),
                    order.updatedAt());
        }
    }

    @Schema(name = "ApprovedChangeAmount")
    public record Amount(String currency, BigDecimal costImpact) {}

    @Schema(name = "ApprovedChanges")
    public record ApprovedChanges(
            UUID projectId,
            String projectCode,
            @Schema(description = "Approved change orders") long approved,

            @Schema(description = "Change orders not decided yet")
            long pending,

            @Schema(description = "The approved change orders' cost impact, per currency")
            List<Amount> costImpact,

            @Schema(description = "The approved change orders' schedule impact")
            long scheduleImpactDays) {}
}
