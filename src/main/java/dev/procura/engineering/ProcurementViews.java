package dev.procura.engineering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of "buy the BOM's buy lines". */
public final class ProcurementViews {

    private ProcurementViews() {}

    @Schema(name = "ProjectBomNeed")
    public record NeedView(
            String itemCode,

            @Schema(description = "Over every buy line of the item, in its base unit (3 decimals)")
            BigDecimal quantity,

            String unit,

            @Schema(description = "Purchase orders: the item's standard cost")
            BigDecimal unitPrice) {}

    @Schema(name = "ProjectBomDraft")
    public record DraftView(
            @Schema(description = "The RFQ's or purchase order's id")
            UUID id,

            String number,

            @Schema(description = "The order's supplier, or the RFQ's invited suppliers")
            List<UUID> supplierIds,

            List<NeedView> lines) {}

    @Schema(name = "ProjectBomUnbought")
    public record UnboughtView(String itemCode, BigDecimal quantity, String unit, String reason) {}

    @Schema(name = "ProjectBomProcurement")
    public record ProcurementView(
            UUID projectId,
            @Schema(description = "rfq or purchase_order") String kind,
            BigDecimal quantity,
            @Schema(description = "The drafts made") List<DraftView> created,

            @Schema(description = "Needs left out, and why (e.g. no default supplier)")
            List<UnboughtView> unbought) {}
}
