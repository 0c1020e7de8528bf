package dev.procura.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the inspections API. */
public final class InspectionViews {

    private InspectionViews() {}

    @Schema(name = "Inspection")
    public record InspectionView(
            UUID id,
            String number,
            UUID planId,
            String itemCode,

            @Schema(description = "receipt, work_order or manual")
            String source,

            UUID receiptId,
            Integer receiptLine,
            UUID purchaseOrderId,
            UUID supplierId,
            UUID workOrderId,
            String workOrderNumber,
            Integer operationSequence,
            String operation,
            UUID plantId,
            BigDecimal quantity,
            @Schema(description = "open or closed") String status,

            @Schema(description = "pass, fail or pending (a characteristic not measured yet); in the detail only")
            String result,

            DecisionView decision,

            @Schema(description = "Per characteristic of the plan; in the detail only")
            List<ResultView> results,

            @Schema(description = "Every measurement, oldest first; in the detail only")
            List<MeasurementView> measurements,

            Instant createdAt,
            Instant updatedAt) {

        static InspectionView summary(Inspection i) {
            return of(i, null, null, null);
        }

        static InspectionView detail(Inspection i, InspectionPlan plan, List<Measurement> measurements) {
            List<ResultView> results = InspectionResults.of(plan.characteristics(), measurements);
            Map<UUID, Characteristic> byId = plan.characteristicsById();
            return of(
                    i,
                    InspectionResults.overall(results),
                    results,
                    measurements.stream()
                            .map(m -> MeasurementView.of(m, byId.get(m.characteristicId())))
                            .toList());
        }

        private static InspectionView of(
                Inspection i, String result, List<ResultView> results, List<MeasurementView> measurements) {
            return new InspectionView(
                    i.id(),
                    i.number(),
                    i.planId(),
                    i.itemCode(),
                    i.source(),
                    i.receiptId(),
                    i.receiptLine(),
                    i.purchaseOrderId(),
                    i.supplierId(),
                    i.workOrderId(),
                    i.workOrderNumber(),
                    i.operationSequence(),
                    i.operation(),
                    i.plantId(),
                    i.quantity(),
                    i.status(),
                    result,
                    i.outcome() == null
                            ? null
                            : new DecisionView(
                                    i.outcome(),
                                    i.rejectedQuantity(),
                                    i.reason(),
                                    i.deviation(),
                                    i.decidedBy(),
                                    i.decidedAt()),
                    results,
                    measurements,
                    i.createdAt(),
                    i.updatedAt());
        }
    }

    @Schema(name = "InspectionDecision")
    public record DecisionView(
            @Schema(description = "accept, reject or accept_with_deviation")
            String outcome,

            BigDecimal rejectedQuantity,
            String reason,
            String deviation,
            UUID decidedBy,
            Instant decidedAt) {}

    @Schema(name = "InspectionResult")
    public record ResultView(
            UUID characteristicId,
            String code,
            String name,
            String kind,

            @Schema(description = "pass, fail or pending (not measured)")
            String result,

            long measured,
            long failed,
            long subgroups,

            @Schema(description = "Variable: the mean of the values")
            BigDecimal mean,

            BigDecimal min,
            BigDecimal max,

            @Schema(description = "Attribute: the defect codes found")
            List<String> defectCodes) {}

    @Schema(name = "Measurement")
    public record MeasurementView(
            UUID id,
            String characteristic,
            UUID characteristicId,
            int subgroup,
            BigDecimal value,
            boolean passed,
            String defectCode,
            Instant measuredAt,
            Instant recordedAt) {
        static MeasurementView of(Measurement m, Characteristic c) {
            return new MeasurementView(
                    m.id(),
                    c == null ? null : c.code(),
                    m.characteristicId(),
                    m.subgroup(),
                    InspectionPlanViews.strip(m.value()),
                    m.passed(),
                    m.defectCode(),
                    m.measuredAt(),
                    m.recordedAt());
        }
    }
}
