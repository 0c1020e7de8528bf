package dev.procura.production;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of work orders and their shop-floor reports. */
public final class ProductionRequests {

    private ProductionRequests() {}

    @Schema(name = "WorkOrderDefinition", description = "What to make, where, when and through which operations")
    public record Define(
            @NotBlank @Size(max = 63) @Schema(description = "An item of the item master")
            String itemCode,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6)
            BigDecimal quantity,

            @Size(max = 20) @Schema(description = "Default: the item's base unit")
            String unit,

            @Schema(description = "An active plant the caller may write at; none: not plant-scoped")
            UUID plantId,

            @NotNull Instant plannedStart,

            @NotNull @Schema(description = "Not before planned_start")
            Instant plannedEnd,

            @Size(max = 2000) String notes,

            @NotEmpty @Size(max = 50) @Schema(description = "The routing, one entry per operation; sequences unique")
            List<@NotNull @Valid OperationStep> operations) {}

    @Schema(name = "WorkOrderOperation")
    public record OperationStep(
            @NotNull @Min(1) @Max(9999) Integer sequence,

            @NotBlank @Size(max = 40) @Schema(description = "The operation's code, e.g. TURN")
            String code,

            @Size(max = 200) String name,
            @NotBlank @Size(max = 63) String workCentre,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 3)
            @Schema(description = "Ideal seconds per unit (the OEE performance baseline)")
            BigDecimal plannedCycleSeconds,

            @PositiveOrZero @Digits(integer = 12, fraction = 3)
            BigDecimal plannedRunMinutes) {}

    @Schema(
            name = "WorkOrderConfirmation",
            description = "What an operation did: units in, how they came out, run time")
    public record Confirm(
            @NotNull @Min(1) Integer sequence,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 12, fraction = 6)
            @Schema(description = "Units entering the operation")
            BigDecimal quantityIn,

            @NotNull
            @PositiveOrZero
            @Digits(integer = 12, fraction = 6)
            @Schema(description = "Units that passed without rework")
            BigDecimal passedFirstTime,

            @NotNull
            @PositiveOrZero
            @Digits(integer = 12, fraction = 6)
            @Schema(description = "Units that passed after rework")
            BigDecimal reworked,

            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 6)
            BigDecimal scrapped,

            @NotNull
            @PositiveOrZero
            @Digits(integer = 12, fraction = 3)
            @Schema(description = "Minutes the operation ran for these units")
            BigDecimal runMinutes,

            @Schema(description = "Default: today in the tenant's calendar; not in the future")
            LocalDate confirmedOn) {}

    @Schema(name = "WorkOrderDowntime")
    public record Stoppage(
            @NotNull @Min(1) Integer sequence,

            @NotBlank @Size(max = 63) @Schema(description = "A value of the type list `downtime_reason`")
            String reason,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3)
            BigDecimal minutes,

            @Schema(description = "Default: today in the tenant's calendar; not in the future")
            LocalDate occurredOn,

            @Size(max = 500) String note) {}

    @Schema(name = "WorkOrderConsumption")
    public record Consume(
            @NotEmpty @Size(max = 200) List<@NotNull @Valid Component> components,

            @Schema(description = "Default: today in the tenant's calendar; not in the future")
            LocalDate consumedOn) {}

    @Schema(name = "WorkOrderComponent", description = "A quantity of a lot, or one serial number (quantity 1)")
    public record Component(
            @NotBlank @Size(max = 63) String itemCode,
            @Size(max = 63) String lotNumber,
            @Size(max = 63) String serialNumber,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 6)
            BigDecimal quantity) {}

    @Schema(name = "WorkOrderOutput")
    public record Produce(
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 6)
            BigDecimal goodQuantity,

            @PositiveOrZero @Digits(integer = 12, fraction = 6) @Schema(description = "Default 0")
            BigDecimal scrapQuantity,

            @Size(max = 63)
            @Schema(description = "The lot the good units go into; default: one numbered by the item's rule")
            String lotNumber,

            @Size(max = 1000) @Schema(description = "One per good unit instead of a lot")
            List<@NotBlank @Size(max = 63) String> serialNumbers,

            LocalDate expiresOn,

            @Schema(description = "Default: today in the tenant's calendar; not in the future")
            LocalDate producedOn) {}
}
