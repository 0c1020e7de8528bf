package dev.procura.paymentterms;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the payment terms API. */
public final class PaymentTermViews {

    private PaymentTermViews() {}

    @Schema(name = "PaymentTerm")
    public record PaymentTermView(
            UUID id,
            @Schema(example = "2-10-NET30") String code,
            @Schema(example = "2% 10 days, net 30") String description,
            @Schema(example = "30") int netDays,
            @Schema(example = "10") Integer discountDays,
            @Schema(example = "2") BigDecimal discountPercent,
            boolean endOfMonth,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static PaymentTermView of(PaymentTerm term) {
            return new PaymentTermView(
                    term.id(),
                    term.code(),
                    term.description(),
                    term.netDays(),
                    term.discountDays(),
                    term.discountPercent(),
                    term.isEndOfMonth(),
                    term.isActive(),
                    term.createdAt(),
                    term.updatedAt());
        }
    }

    @Schema(name = "PaymentSchedule")
    public record ScheduleView(
            @Schema(example = "2026-03-01") LocalDate invoiceDate,
            @Schema(example = "1000.00") BigDecimal amount,
            @Schema(example = "EUR") String currency,
            @Schema(example = "2026-03-31") LocalDate dueDate,

            @Schema(description = "Last day to pay with the discount; null without one", example = "2026-03-11")
            LocalDate discountDate,

            @Schema(description = "Rounded half up to the currency's minor units", example = "20.00")
            BigDecimal discountAmount,

            @Schema(description = "The amount paid by the discount date", example = "980.00")
            BigDecimal discountedAmount) {}
}
