package dev.procura.ncrs;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the NCR API. */
public final class NcrViews {

    private NcrViews() {}

    @Schema(name = "Ncr")
    public record NcrView(
            UUID id,
            @Schema(example = "NCR-000001") String number,

            @Schema(description = "inspection, receipt or manual")
            String source,

            UUID inspectionId,
            UUID receiptId,
            UUID workOrderId,
            String itemCode,
            UUID supplierId,
            UUID plantId,
            BigDecimal quantity,
            String unit,
            List<String> defectCodes,
            String description,

            @Schema(description = "use_as_is, rework, scrap or return_to_supplier")
            String disposition,

            String rootCause,

            @Schema(description = "The state of the NCR's workflow; open until a workflow moves it")
            String status,

            @Schema(description = "Whether its workflow reached a final state")
            boolean closed,

            LocalDate raisedOn,
            LocalDate closedOn,
            UUID raisedBy,

            @Schema(description = "Corrective actions not done yet: the NCR cannot close while there are any")
            long openCorrectiveActions,

            List<ActionView> actions,
            Instant createdAt,
            Instant updatedAt) {

        static NcrView of(Ncr ncr, List<NcrAction> actions) {
            return new NcrView(
                    ncr.id(),
                    ncr.number(),
                    ncr.source().code(),
                    ncr.inspectionId(),
                    ncr.receiptId(),
                    ncr.workOrderId(),
                    ncr.itemCode(),
                    ncr.supplierId(),
                    ncr.plantId(),
                    ncr.quantity(),
                    ncr.unit(),
                    ncr.defectCodes(),
                    ncr.description(),
                    ncr.disposition(),
                    ncr.rootCause(),
                    ncr.status(),
                    ncr.isClosed(),
                    ncr.raisedOn(),
                    ncr.closedOn(),
                    ncr.raisedBy(),
                    actions.stream().filter(NcrAction::isOpenCorrective).count(),
                    actions.stream().map(ActionView::of).toList(),
                    ncr.createdAt(),
                    ncr.updatedAt());
        }
    }

    @Schema(name = "NcrAction")
    public record ActionView(
            UUID id,

            @Schema(description = "corrective or preventive")
            String kind,

            String description,
            UUID ownerId,
            LocalDate dueOn,
            LocalDate doneOn,
            boolean done,
            Instant createdAt,
            Instant updatedAt) {

        static ActionView of(NcrAction action) {
            return new ActionView(
                    action.id(),
                    action.kind(),
                    action.description(),
                    action.ownerId(),
                    action.dueOn(),
                    action.doneOn(),
                    action.doneOn() != null,
                    action.createdAt(),
                    action.updatedAt());
        }
    }
}
