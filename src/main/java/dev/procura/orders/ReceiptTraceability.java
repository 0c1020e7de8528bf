package dev.procura.orders;

import dev.procura.platform.failures.FieldError;
import dev.procura.procurement.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lot, supplier lot, serial numbers and expiry a receipt line carries: checked here, then
 * handed on in the {@code receipt.recorded} event (its {@code lines}), from which traceability
 * makes the lots and serial numbers in the receipt's transaction.
 */
final class ReceiptTraceability {

    private ReceiptTraceability() {}

    /** What is wrong with the line's traceability data, under {@code at} (e.g. {@code lines[0].}). */
    static List<FieldError> problemsOf(OrderRequests.ReceivedLine line, String at, LocalDate receivedOn) {
        List<FieldError> errors = new ArrayList<>();
        boolean accepted = line.acceptedQuantity().signum() > 0;
        List<String> serials = line.serialNumbersOrEmpty();
        if (!accepted && (line.lotNumber() != null || line.supplierLot() != null || !serials.isEmpty())) {
            errors.add(new FieldError(at + "lot_number", "nothing accepted goes into a lot or gets serial numbers"));
        }
        if (!serials.isEmpty()) {
            BigDecimal count = BigDecimal.valueOf(serials.size());
            if (count.compareTo(line.acceptedQuantity()) != 0) {
                errors.add(new FieldError(
                        at + "serial_numbers",
                        serials.size() + " serial numbers for an accepted quantity of "
                                + line.acceptedQuantity().stripTrailingZeros().toPlainString()
                                + " (in the order line's unit): give one per unit"));
            }
            if (new HashSet<>(serials).size() != serials.size()) {
                errors.add(new FieldError(at + "serial_numbers", "a serial number appears twice"));
            }
        }
        if (line.expiresOn() != null && line.expiresOn().isBefore(receivedOn)) {
            errors.add(new FieldError(at + "expires_on", "must not be before received_on (" + receivedOn + ")"));
        }
        return errors;
    }

    /** The accepted lines as the event tells them, in the request's order (their index is the request's). */
    static List<Map<String, Object>> lines(PurchaseOrder order, List<OrderRequests.ReceivedLine> counted) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            OrderRequests.ReceivedLine line = counted.get(i);
            LineItem ordered = order.lines().get(line.line() - 1);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("index", i);
            data.put("line", line.line());
            data.put("item_code", ordered.itemCode());
            data.put("accepted_quantity", line.acceptedQuantity());
            data.put("unit", ordered.unit());
            data.put("lot_number", line.lotNumber());
            data.put("supplier_lot", line.supplierLot());
            data.put("serial_numbers", line.serialNumbersOrEmpty());
            data.put(
                    "expires_on",
                    line.expiresOn() == null ? null : line.expiresOn().toString());
            lines.add(data);
        }
        return lines;
    }
}
