package dev.procura.paymentterms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the payment terms API. */
public final class PaymentTermRequests {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._/-]{0,62}";

    private PaymentTermRequests() {}

    /** A payment term, on create and (in full) on change. */
    @Schema(name = "PaymentTermRequest")
    public record Define(
            @NotBlank
            @Pattern(regexp = CODE, message = "must be 1 to 63 letters, digits, '.', '_', '/' or '-'")
            @Schema(example = "2-10-NET30", required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "2% 10 days, net 30", required = true)
            String description,

            @NotNull @Min(0) @Max(3650) @Schema(example = "30", required = true)
            Integer netDays,

            @Min(0)
            @Max(3650)
            @Schema(description = "Days the discount is offered; with discount_percent", example = "10")
            Integer discountDays,

            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "100", inclusive = false)
            @Digits(integer = 3, fraction = 4)
            @Schema(description = "Early-payment discount, percent; with discount_days", example = "2")
            BigDecimal discountPercent,

            @Schema(description = "Days count from the last day of the invoice's month; false when left out")
            Boolean endOfMonth,

            @Schema(description = "false: no new customers take it; true when left out")
            Boolean active) {

        boolean activeOrDefault() {
            return active == null || active;
        }

        boolean endOfMonthOrDefault() {
            return endOfMonth != null && endOfMonth;
        }

        @AssertTrue(message = "discount_days and discount_percent go together; discount_days at most net_days")
        @Schema(hidden = true)
        public boolean isDiscountWhole() {
            if (discountDays == null && discountPercent == null) {
                return true;
            }
            return discountDays != null && discountPercent != null && (netDays == null || discountDays <= netDays);
        }
    }
}
