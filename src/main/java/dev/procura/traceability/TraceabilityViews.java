package dev.procura.traceability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the traceability API. */
public final class TraceabilityViews {

    private TraceabilityViews() {}

    @Schema(name = "NumberingRules")
    public record NumberingRulesView(String itemCode, SchemeView lot, SchemeView serial) {}

    @Schema(name = "NumberingSchemeView")
    public record SchemeView(
            String prefix,
            String datePattern,
            int sequenceWidth,
            boolean gs1,

            @Schema(description = "The sequence the next number takes (1 again when the date part changes)")
            long nextSequence,

            Instant updatedAt) {
        static SchemeView of(NumberingRule rule) {
            return rule == null
                    ? null
                    : new SchemeView(
                            rule.prefix(),
                            rule.datePattern(),
                            rule.sequenceWidth(),
                            rule.isGs1(),
                            rule.nextSequence(),
                            rule.updatedAt());
        }
    }

    @Schema(name = "StockMovement")
    public record MovementView(
            UUID id,

            @Schema(description = "received, consumed, produced or shipped")
            String kind,

            BigDecimal quantity,

            @Schema(description = "receipt, work_order or issue")
            String documentType,

            UUID documentId,
            String documentNumber,

            @Schema(description = "The supplier (received) or customer (shipped)")
            UUID partyId,

            LocalDate movedOn,
            String reference,
            Instant createdAt) {
        static MovementView of(StockMovement m) {
            return new MovementView(
                    m.id(),
                    m.kind(),
                    m.quantity(),
                    m.documentType(),
                    m.documentId(),
                    m.documentNumber(),
                    m.partyId(),
                    m.movedOn(),
                    m.reference(),
                    m.createdAt());
        }
    }

    @Schema(name = "Lot")
    public record LotView(
            UUID id,
            String number,
            String itemCode,
            UUID plantId,
            @Schema(description = "On hand") BigDecimal quantity,
            String unit,

            @Schema(description = "available, quarantined, consumed, shipped or recalled")
            String status,

            LocalDate expiresOn,
            UUID supplierId,
            String supplierLot,
            UUID receiptId,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Oldest first; in a single lot's answer only")
            List<MovementView> movements) {
        static LotView of(Lot lot, List<MovementView> movements) {
            return new LotView(
                    lot.id(),
                    lot.number(),
                    lot.itemCode(),
                    lot.plantId(),
                    lot.quantity(),
                    lot.unit(),
                    lot.status().code(),
                    lot.expiresOn(),
                    lot.supplierId(),
                    lot.supplierLot(),
                    lot.receiptId(),
                    lot.createdAt(),
                    lot.updatedAt(),
                    movements);
        }
    }

    @Schema(name = "SerialNumber")
    public record SerialView(
            UUID id,
            String number,
            String itemCode,
            UUID lotId,
            UUID plantId,
            String status,
            LocalDate expiresOn,
            UUID supplierId,
            String supplierLot,
            UUID receiptId,
            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Oldest first; in a single serial number's answer only")
            List<MovementView> movements) {
        static SerialView of(SerialNumber s, List<MovementView> movements) {
            return new SerialView(
                    s.id(),
                    s.number(),
                    s.itemCode(),
                    s.lotId(),
                    s.plantId(),
                    s.status().code(),
                    s.expiresOn(),
                    s.supplierId(),
                    s.supplierLot(),
                    s.receiptId(),
                    s.createdAt(),
                    s.updatedAt(),
                    movements);
        }
    }

    @Schema(name = "GoodsIssue")
    public record IssueView(
            @Schema(description = "The issue (the document of the shipped movement)")
            UUID id,

            @Schema(example = "GI-000042") String number,
            UUID unitId,
            @Schema(description = "lot or serial") String unitKind,
            UUID customerId,
            BigDecimal quantity,
            String reference,
            LocalDate issuedOn,

            @Schema(description = "What the unit has on hand after the issue")
            BigDecimal remainingQuantity,

            String status) {}

    @Schema(name = "GenealogyDocument")
    public record DocumentRef(
            @Schema(description = "receipt, work_order or issue")
            String type,

            UUID id,
            String number) {}

    @Schema(name = "GenealogyNode")
    public record NodeView(
            UUID id,

            @Schema(description = "lot, serial, supplier or customer")
            String kind,

            @Schema(description = "Lot or serial number; the code of a supplier or customer")
            String number,

            String itemCode,
            String name,
            String status,
            @Schema(description = "On hand") BigDecimal quantity,
            String unit,
            BigDecimal received,
            BigDecimal produced,
            BigDecimal consumed,
            BigDecimal shipped) {}

    @Schema(name = "GenealogyEdge")
    public record EdgeView(UUID from, UUID to, BigDecimal quantity, DocumentRef document) {}

    @Schema(name = "Genealogy")
    public record GenealogyView(UUID start, String direction, int depth, List<NodeView> nodes, List<EdgeView> edges) {}

    @Schema(name = "RecallCriteria")
    public record RecallCriteria(String lot, String serial, String supplierLot, UUID supplierId, String itemCode) {}

    @Schema(name = "RecallUnit")
    public record AffectedUnit(
            UUID id,
            @Schema(description = "lot or serial") String kind,
            String number,
            String itemCode,
            UUID plantId,
            @Schema(description = "Status when simulated") String status,
            String unit,
            BigDecimal inStock,
            BigDecimal shipped) {}

    @Schema(name = "RecallWorkOrder")
    public record AffectedWorkOrder(UUID id, String number) {}

    @Schema(name = "RecallIssue")
    public record AffectedIssue(
            UUID id,
            UUID unitId,
            String itemCode,
            String unitNumber,
            UUID customerId,
            BigDecimal quantity,
            String reference,
            LocalDate issuedOn) {}

    @Schema(name = "RecallCustomer")
    public record AffectedCustomer(UUID id, String code, String legalName, BigDecimal shipped) {}

    @Schema(name = "RecallFindings")
    public record RecallFindings(
            List<AffectedUnit> units,
            List<AffectedWorkOrder> workOrders,
            List<AffectedIssue> issues,
            List<AffectedCustomer> customers,
            BigDecimal inStock,
            BigDecimal shipped) {}

    @Schema(name = "RecallSimulation")
    public record RecallView(
            UUID id,
            RecallCriteria criteria,
            RecallFindings result,
            UUID createdBy,
            Instant createdAt,
            Instant quarantinedAt) {}

    @Schema(name = "RecallQuarantine")
    public record QuarantineView(
            UUID recallSimulationId,

            @Schema(description = "The units put into quarantine by this call (none on a second call)")
            List<AffectedUnit> quarantined) {}
}
