package dev.procura.ncrs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A rejected inspection as its {@code inspection.rejected} event reports it: the inspection, its
 * item, plant, supplier, receipt and work order, the rejected quantity and the defect codes.
 * Values come as the publisher put them (UUIDs or their text, numbers or their text); absent
 * keys are null.
 */
record InspectionRejection(
        UUID inspectionId,
        String number,
        String itemCode,
        UUID plantId,
        UUID supplierId,
        UUID receiptId,
        UUID workOrderId,
        BigDecimal rejectedQuantity,
        List<String> defectCodes) {

    /** The rejection the event's data reports; empty without an inspection id or an item code. */
    static Optional<InspectionRejection> from(Map<?, ?> data) {
        UUID inspection = uuid(data.get("inspection_id"));
        Object item = data.get("item_code");
        if (inspection == null || !(item instanceof String itemCode) || itemCode.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new InspectionRejection(
                inspection,
                data.get("number") == null ? null : data.get("number").toString(),
                itemCode,
                uuid(data.get("plant_id")),
                uuid(data.get("supplier_id")),
                uuid(data.get("receipt_id")),
                uuid(data.get("work_order_id")),
                quantity(data.get("rejected_quantity")),
                codes(data.get("defect_codes"))));
    }

    /** The NCR's finding: the rejected quantity (0 when none was reported) and the codes as reported. */
    NcrFinding finding(String unit) {
        return new NcrFinding(
                itemCode,
                supplierId,
                plantId,
                rejectedQuantity == null ? BigDecimal.ZERO : rejectedQuantity,
                unit,
                defectCodes,
                "Raised by the rejection of inspection " + (number == null ? inspectionId : number),
                null,
                null);
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal quantity(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static List<String> codes(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .filter(v -> v != null && !v.toString().isBlank())
                .map(Object::toString)
                .distinct()
                .toList();
    }
}
