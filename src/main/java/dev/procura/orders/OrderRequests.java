package dev.procura.orders;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.procurement.LineRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the purchase order and receipt APIs. */
public final class OrderRequests {

    private OrderRequests() {}

    @Schema(
            name = "PurchaseOrderRequest",
            description = "Either `quote_id` (an accepted quote: supplier, currency and "
                    + "lines come from it) or `supplier_id`, `currency` and `lines`.")
    public record Order(
            UUID supplierId,

            @Schema(description = "An accepted quote to order from")
            UUID quoteId,

            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            String currency,

            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") @Schema(example = "IT")
            String costCenter,

            @Schema(
                    description = "The plant (site) the order belongs to: an active plant where the caller may"
                            + " write purchase orders. Left out: the order belongs to no plant (which needs the"
                            + " permission tenant-wide)")
            UUID plantId,

            @Schema(description = "Default: today. Gives the budget period")
            LocalDate orderDate,

            @Schema(description = "The supplier's promised delivery date (on-time rate)")
            LocalDate expectedDeliveryDate,

            @Size(max = 100) @Schema(description = "Default: the supplier's")
            String paymentTerms,

            @Size(max = 4000) String notes,
            @Size(max = 500) List<@Valid LineRequest> lines,
            @Schema(description = CustomFieldDocs.VALUES) Map<String, Object> customFields,

            @Schema(
                    description = "A project (not closed) whose budget the order draws on: on submit and approval the"
                            + " order with the project's other submitted orders must stay within it")
            UUID projectId) {}

    @Schema(name = "PurchaseOrderImport")
    public record OrderImport(
            @NotNull UUID documentId, @Valid @NotNull Order order) {}

    @Schema(name = "CancelRequest")
    public record Cancel(@Size(max = 2000) String reason) {}

    @Schema(name = "ReceiptLineRequest")
    public record ReceivedLine(
            @NotNull @Min(1) @Schema(description = "The order line number (from 1)")
            Integer line,

            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3)
            BigDecimal acceptedQuantity,

            @DecimalMin("0") @Digits(integer = 12, fraction = 3)
            BigDecimal rejectedQuantity,

            @Size(max = 500) String rejectionReason,

            @Size(min = 1, max = 20)
            @Schema(
                    description = "The unit the quantities are counted in; default: the order line's. Another unit is"
                            + " converted into the order line's (global or item conversions) and stored so",
                    example = "ea")
            String unit,

            @Pattern(regexp = LOT_NUMBER, message = LOT_NUMBER_MESSAGE)
            @Schema(
                    description = "The lot the accepted goods go into (made, or added to when the item has it at"
                            + " the order's plant); left out: numbered by the item's lot rule, if any")
            String lotNumber,

            @Pattern(regexp = LOT_NUMBER, message = LOT_NUMBER_MESSAGE)
            @Schema(description = "The supplier's own lot number, kept on the lot")
            String supplierLot,

            @Size(max = 10000) @Schema(description = "One per unit accepted: their count is the accepted quantity")
            List<@NotNull @Pattern(regexp = LOT_NUMBER, message = LOT_NUMBER_MESSAGE) String> serialNumbers,

            @Schema(description = "When the goods received expire")
            LocalDate expiresOn) {

        /** The same line counted in another unit, its traceability kept. */
        ReceivedLine counted(BigDecimal accepted, BigDecimal rejected, String inUnit) {
            return new ReceivedLine(
                    line,
                    accepted,
                    rejected,
                    rejectionReason,
                    inUnit,
                    lotNumber,
                    supplierLot,
                    serialNumbers,
                    expiresOn);
        }

        List<String> serialNumbersOrEmpty() {
            return serialNumbers == null ? List.of() : serialNumbers;
        }
    }

    /** A lot or serial number: printable ASCII without spaces (traceability's GS1 rules narrow it further). */
    static final String LOT_NUMBER = "[!-~]{1,40}";

    static final String LOT_NUMBER_MESSAGE = "must be 1 to 40 printable ASCII characters without spaces";

    @Schema(name = "ReceiptRequest")
    public record Receive(
            @Schema(description = "Default: today") LocalDate receivedOn,
            @Size(max = 2000) String notes,
            @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ReceivedLine> lines) {}

    /** Where an order's supplier, currency and lines come from once resolved. */
    record Source(UUID supplierId, UUID quoteId, String currency, String paymentTerms) {}
}
