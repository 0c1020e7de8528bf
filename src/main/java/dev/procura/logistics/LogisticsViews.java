package dev.procura.logistics;

import dev.procura.platform.gs1.Gs1Element;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the shipment and scan API. */
public final class LogisticsViews {

    private LogisticsViews() {}

    @Schema(name = "Shipment")
    public record ShipmentView(
            UUID id,
            @Schema(example = "SHP-000001") String number,
            @Schema(description = "inbound or outbound") String direction,

            @Schema(description = "planned, packed, shipped, in_transit, delivered or returned")
            String status,

            UUID purchaseOrderId,
            UUID customerId,
            UUID plantId,
            String carrier,
            String trackingNumber,
            String notes,
            Instant packedAt,
            Instant shippedAt,
            Instant inTransitAt,
            Instant deliveredAt,
            Instant returnedAt,

            @Schema(description = "Inbound: the receipts its delivery and receiving scans recorded")
            List<String> receiptNumbers,

            @Schema(description = "Outbound: the goods issues its shipping recorded (one per shipment)")
            List<String> issueNumbers,

            List<LineView> lines,
            List<PackageView> packages,
            Instant createdAt,
            Instant updatedAt) {

        static ShipmentView of(Shipment s, List<ShipmentLine> lines, List<ShipmentPackage> packages) {
            return new ShipmentView(
                    s.id(),
                    s.number(),
                    s.direction().code(),
                    s.status().code(),
                    s.purchaseOrderId(),
                    s.customerId(),
                    s.plantId(),
                    s.carrier(),
                    s.trackingNumber(),
                    s.notes(),
                    s.packedAt(),
                    s.shippedAt(),
                    s.inTransitAt(),
                    s.deliveredAt(),
                    s.returnedAt(),
                    s.receiptNumbers(),
                    s.issueNumbers(),
                    lines.stream().map(LineView::of).toList(),
                    packages.stream().map(PackageView::of).toList(),
                    s.createdAt(),
                    s.updatedAt());
        }
    }

    @Schema(name = "ShipmentLine")
    public record LineView(
            int position,
            String itemCode,
            String lotNumber,
            String serialNumber,
            BigDecimal quantity,
            String unit,
            String packageNumber,
            LocalDate expiresOn,

            @Schema(description = "Inbound: how much of it receipts took")
            BigDecimal receivedQuantity) {

        static LineView of(ShipmentLine l) {
            return new LineView(
                    l.position(),
                    l.itemCode(),
                    l.lotNumber(),
                    l.serialNumber(),
                    l.quantity(),
                    l.unit(),
                    l.packageNumber(),
                    l.expiresOn(),
                    l.receivedQuantity());
        }
    }

    @Schema(name = "ShipmentPackage")
    public record PackageView(
            UUID id,
            String number,

            @Schema(description = "Serial shipping container code (AI 00), 18 digits", example = "095060000000000018")
            String sscc,

            BigDecimal weightKg,

            @Schema(description = "When a ship scan took it")
            Instant shippedAt,

            @Schema(description = "Where a move scan last put it")
            String location) {

        static PackageView of(ShipmentPackage p) {
            return new PackageView(p.id(), p.number(), p.sscc(), p.weightKg(), p.shippedAt(), p.location());
        }
    }

    @Schema(name = "LogisticsSettings")
    public record SettingsView(
            @JsonbProperty("gs1_company_prefix") @Schema(name = "gs1_company_prefix")
            String gs1CompanyPrefix,

            String digitalLinkBase,
            Instant updatedAt) {

        static SettingsView of(LogisticsSettings s) {
            return s == null
                    ? new SettingsView(null, null, null)
                    : new SettingsView(s.gs1CompanyPrefix(), s.digitalLinkBase(), s.updatedAt());
        }
    }

    @Schema(name = "ScanTarget", description = "What a scanned code named")
    public record TargetView(
            @Schema(description = "shipment, package, lot, serial or item")
            String kind,

            @Schema(description = "Absent for a lot or serial number only expected on an inbound shipment")
            UUID id,

            String number,
            String itemCode,
            UUID shipmentId) {}

    @Schema(name = "ScanEvent")
    public record ScanView(
            UUID id,

            @Schema(description = "recorded; in a batch also duplicate, unknown, ambiguous or refused")
            String outcome,

            String code,

            @Schema(description = "gs1, digital_link or plain")
            String symbology,

            String context,
            String location,
            Instant scannedAt,
            Instant recordedAt,
            String deviceId,
            String deviceEventId,
            List<Gs1Element> elements,
            TargetView target,

            @Schema(description = "What the context's action did, or why it was refused")
            String detail) {}

    @Schema(name = "ScanBatchResult")
    public record BatchView(
            int recorded,
            int duplicates,

            @Schema(description = "Unknown, ambiguous or refused scans (recorded as such)")
            int failed,

            @Schema(description = "One per scan, in order") List<ScanView> scans) {}

    /** A candidate of an ambiguous code, as the problem lists it. */
    static Map<String, Object> candidate(TargetView t) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("kind", t.kind());
        if (t.id() != null) {
            map.put("id", t.id().toString());
        }
        map.put("number", t.number());
        if (t.itemCode() != null) {
            map.put("item_code", t.itemCode());
        }
        return map;
    }
}
