package dev.procura.production;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Responses of work orders, shop-floor reports, OEE and first-pass yield. */
public final class ProductionViews {

    private ProductionViews() {}

    @Schema(name = "WorkOrder")
    public record WorkOrderView(
            UUID id,
            String number,
            String itemCode,
            BigDecimal quantity,
            String unit,
            UUID plantId,
            Instant plannedStart,
            Instant plannedEnd,

            @Schema(enumeration = {"planned", "released", "in_progress", "completed", "cancelled"})
            String status,

            String notes,

            @Schema(description = "Good units reported as output so far")
            BigDecimal goodQuantity,

            BigDecimal scrapQuantity,
            List<OperationView> operations,
            Instant releasedAt,
            Instant startedAt,
            Instant completedAt,
            Instant cancelledAt,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static WorkOrderView of(WorkOrder o) {
            return new WorkOrderView(
                    o.id(),
                    o.number(),
                    o.itemCode(),
                    o.quantity(),
                    o.unit(),
                    o.plantId(),
                    o.plannedStart(),
                    o.plannedEnd(),
                    WorkOrder.MACHINE.column(o.status()),
                    o.notes(),
                    o.goodQuantity(),
                    o.scrapQuantity(),
                    o.operations().stream().map(OperationView::of).toList(),
                    o.releasedAt(),
                    o.startedAt(),
                    o.completedAt(),
                    o.cancelledAt(),
                    o.createdBy(),
                    o.createdAt(),
                    o.updatedAt());
        }
    }

    @Schema(name = "WorkOrderOperationView")
    public record OperationView(
            int sequence,
            String code,
            String name,
            String workCentre,
            BigDecimal plannedCycleSeconds,
            BigDecimal plannedRunMinutes) {

        static OperationView of(Operation o) {
            return new OperationView(
                    o.sequence(), o.code(), o.name(), o.workCentre(), o.plannedCycleSeconds(), o.plannedRunMinutes());
        }
    }

    @Schema(name = "WorkOrderConfirmationView")
    public record ConfirmationView(
            UUID id,
            int sequence,
            String operationCode,
            String workCentre,
            BigDecimal quantityIn,
            BigDecimal passedFirstTime,
            BigDecimal reworked,
            BigDecimal scrapped,
            BigDecimal runMinutes,

            @Schema(description = "Planned cycle time × units in, fixed when reported")
            BigDecimal idealMinutes,

            LocalDate confirmedOn,
            UUID createdBy,
            Instant createdAt) {

        static ConfirmationView of(Confirmation c) {
            return new ConfirmationView(
                    c.id(),
                    c.sequence(),
                    c.operationCode(),
                    c.workCentre(),
                    c.quantityIn(),
                    c.passedFirstTime(),
                    c.reworked(),
                    c.scrapped(),
                    c.runMinutes(),
                    c.idealMinutes(),
                    c.confirmedOn(),
                    c.createdBy(),
                    c.createdAt());
        }
    }

    @Schema(name = "WorkOrderDowntimeView")
    public record DowntimeView(
            UUID id,
            int sequence,
            String workCentre,
            String reason,
            BigDecimal minutes,
            LocalDate occurredOn,
            String note,
            UUID createdBy,
            Instant createdAt) {

        static DowntimeView of(Downtime d) {
            return new DowntimeView(
                    d.id(),
                    d.sequence(),
                    d.workCentre(),
                    d.reason(),
                    d.minutes(),
                    d.occurredOn(),
                    d.note(),
                    d.createdBy(),
                    d.createdAt());
        }
    }

    @Schema(name = "WorkOrderConsumptionView")
    public record ConsumptionView(
            UUID id,
            String itemCode,
            String lotNumber,
            String serialNumber,
            BigDecimal quantity,
            LocalDate consumedOn,
            UUID createdBy,
            Instant createdAt) {

        static ConsumptionView of(Consumption c) {
            return new ConsumptionView(
                    c.id(),
                    c.itemCode(),
                    c.lotNumber(),
                    c.serialNumber(),
                    c.quantity(),
                    c.consumedOn(),
                    c.createdBy(),
                    c.createdAt());
        }
    }

    @Schema(name = "WorkOrderOutputView")
    public record OutputView(
            UUID id,
            BigDecimal goodQuantity,
            BigDecimal scrapQuantity,

            @Schema(description = "The lot the good units went into (numbered by the item's rule when none was named)")
            String lotNumber,

            List<String> serialNumbers,
            LocalDate producedOn,
            UUID createdBy,
            Instant createdAt) {

        static OutputView of(Output o) {
            return new OutputView(
                    o.id(),
                    o.goodQuantity(),
                    o.scrapQuantity(),
                    o.lotNumber(),
                    o.serialNumbers(),
                    o.producedOn(),
                    o.createdBy(),
                    o.createdAt());
        }
    }

    @Schema(name = "OeeFigures", description = "One work centre's OEE over the period, with the inputs it comes from")
    public record OeeView(
            String workCentre,
            LocalDate from,
            LocalDate to,

            @Schema(description = "Run plus downtime minutes")
            BigDecimal plannedMinutes,

            BigDecimal runMinutes,
            BigDecimal downtimeMinutes,

            @Schema(description = "Planned cycle time × units in")
            BigDecimal idealMinutes,

            BigDecimal unitsIn,

            @Schema(description = "Passed first time plus reworked")
            BigDecimal goodUnits,

            @Schema(description = "run / planned; null without planned time")
            BigDecimal availability,

            @Schema(description = "ideal / run; null without run time")
            BigDecimal performance,

            @Schema(description = "good / units in; null without units")
            BigDecimal quality,

            @Schema(description = "availability × performance × quality")
            BigDecimal oee,

            @Schema(description = "Downtime minutes per reason")
            Map<String, BigDecimal> downtimeByReason) {}

    @Schema(name = "OeeReport")
    public record OeeReport(LocalDate from, LocalDate to, List<OeeView> workCentres) {}

    @Schema(name = "FirstPassYield", description = "One item's operation over the period")
    public record FpyRow(
            String itemCode,
            String operationCode,
            BigDecimal unitsIn,
            BigDecimal passedFirstTime,
            BigDecimal reworked,
            BigDecimal scrapped,

            @Schema(description = "passed_first_time / units_in, 4 decimals")
            BigDecimal fpy) {}

    @Schema(name = "RolledThroughputYield", description = "The product of an item's operations' first-pass yields")
    public record ItemYield(String itemCode, BigDecimal rolledThroughputYield) {}

    @Schema(name = "FirstPassYieldReport")
    public record FpyReport(LocalDate from, LocalDate to, List<FpyRow> operations, List<ItemYield> items) {}
}
