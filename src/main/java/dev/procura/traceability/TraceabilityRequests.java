package dev.procura.traceability;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the traceability API. */
public final class TraceabilityRequests {

    /** A lot or serial number given by hand: printable ASCII, no spaces (GS1 rules narrow it further). */
    public static final String NUMBER = "[!-~]{1,40}";

    public static final String NUMBER_MESSAGE = "must be 1 to 40 printable ASCII characters without spaces";

    private TraceabilityRequests() {}

    /** An item's numbering, for lots and for serial numbers; a part left out is no rule. */
    @Schema(name = "NumberingRulesRequest")
    public record NumberingRules(
            @Valid @Schema(description = "How the item's lots are numbered")
            Scheme lot,

            @Valid @Schema(description = "How the item's serial numbers are numbered")
            Scheme serial) {}

    @Schema(name = "NumberingScheme")
    public record Scheme(
            @Size(max = 20) @Schema(example = "L-") String prefix,

            @Size(max = 12)
            @Schema(
                    description = "The tenant's today in yyyy, yy, MM, dd, DDD (day of year) and - . /; the"
                            + " sequence restarts when it changes",
                    example = "yyMMdd")
            String datePattern,

            @NotNull @Min(1) @Max(12) @Schema(description = "Digits of the zero-padded sequence", example = "4")
            Integer sequenceWidth,

            @Schema(
                    description = "true: numbers are valid GS1 AI 10 (lot) / AI 21 (serial) values: at most 20"
                            + " characters of character set 82; numbers given by hand must be too")
            Boolean gs1) {

        String prefixOrEmpty() {
            return prefix == null ? "" : prefix;
        }

        boolean isGs1() {
            return Boolean.TRUE.equals(gs1);
        }
    }

    @Schema(name = "LotRequest")
    public record NewLot(
            @NotBlank @Size(max = 60) String itemCode,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            @Schema(description = "Left out: numbered by the item's lot rule")
            String number,

            @Schema(description = "An active plant where the caller writes traceability; left out: no plant")
            UUID plantId,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3)
            BigDecimal quantity,

            @Size(max = 20) @Schema(description = "Default: the item's base unit")
            String unit,

            LocalDate expiresOn,
            UUID supplierId,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            String supplierLot) {}

    @Schema(name = "SerialNumberRequest")
    public record NewSerial(
            @NotBlank @Size(max = 60) String itemCode,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            @Schema(description = "Left out: numbered by the item's serial rule")
            String number,

            @Schema(description = "A lot of the same item the unit belongs to")
            UUID lotId,

            UUID plantId,
            LocalDate expiresOn,
            UUID supplierId,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            String supplierLot) {}

    @Schema(name = "StockUnitChange", description = "In full: the status and the expiry")
    public record Change(
            @NotBlank
            @Schema(
                    description = "available, quarantined or recalled by hand (consumed and shipped come from"
                            + " movements)",
                    example = "quarantined")
            String status,

            @Schema(description = "Left out: no expiry") LocalDate expiresOn) {}

    @Schema(name = "GoodsIssueRequest")
    public record Issue(
            @NotNull UUID customerId,

            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 3)
            @Schema(description = "Required for a lot; a serial number is one unit")
            BigDecimal quantity,

            @Size(max = 200) @Schema(example = "Delivery note DN-1042")
            String reference,

            @Schema(description = "Default: today") LocalDate issuedOn) {}

    @Schema(
            name = "RecallSimulationRequest",
            description = "One of `lot`, `serial` or `supplier_lot`; `item_code` picks among units of that number")
    public record Recall(
            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            String lot,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            String serial,

            @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE)
            String supplierLot,

            @Schema(description = "With supplier_lot: that supplier's lot only")
            UUID supplierId,

            @Size(max = 60) String itemCode) {}
}
