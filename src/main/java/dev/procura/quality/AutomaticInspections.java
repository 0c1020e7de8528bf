package dev.procura.quality;

import dev.procura.platform.buying.GoodsReceipts;
import dev.procura.platform.buying.ReceiptInspections;
import dev.procura.platform.events.EventWritten;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens inspections where a plan asks for them, in the transaction that writes the fact: a
 * receipt line of an item with an active receipt plan ({@code receipt.recorded}), an operation of
 * a released work order with an active plan for the item and operation ({@code work_order.released}).
 */
@ApplicationScoped
public class AutomaticInspections {

    @Inject
    TenantCalendars calendars;

    @Inject
    GoodsReceipts receipts;

    @Inject
    ReceiptInspections receiptPlants;

    @Inject
    InspectionPlanRepository plans;

    @Inject
    InspectionRepository inspections;

    @Inject
    InspectionService opener;

    void onEventWritten(@Observes EventWritten event) {
        if (!(event.data() instanceof Map<?, ?> data)) {
            return;
        }
        if (event.eventType().equals("receipt.recorded") && uuid(data.get("receipt_id")) != null) {
            received(tx(event), uuid(data.get("receipt_id")));
        } else if (event.eventType().equals("work_order.released")) {
            released(tx(event), data);
        }
    }

    private TenantTx tx(EventWritten event) {
        return new TenantTx(event.em(), event.tenantId(), null, calendars.of(event.tenantId(), event.em()));
    }

    private void received(TenantTx tx, UUID receiptId) {
        GoodsReceipts.Received receipt = receipts.receipt(tx, receiptId).orElse(null);
        if (receipt == null) {
            return;
        }
        UUID plant = receiptPlants.plantOf(tx, receiptId).orElse(null);
        for (GoodsReceipts.ReceivedLine line : receipt.lines()) {
            if (line.itemCode() == null
                    || line.accepted().signum() <= 0
                    || inspections.ofReceiptLine(tx.em(), receiptId, line.line())) {
                continue;
            }
            plans.active(tx.em(), line.itemCode(), InspectionPlan.RECEIPT, null)
                    .ifPresent(plan -> opener.open(
                            tx,
                            null,
                            plan,
                            Inspection.Origin.receipt(receiptId, line.line(), receipt.orderId(), receipt.supplierId()),
                            plant,
                            line.accepted()));
        }
    }

    private void released(TenantTx tx, Map<?, ?> data) {
        UUID workOrder = uuid(data.get("work_order_id"));
        if (workOrder == null
                || !(data.get("item_code") instanceof String item)
                || !(data.get("operations") instanceof List<?> operations)) {
            return;
        }
        BigDecimal quantity = decimal(data.get("quantity"));
        String number = data.get("number") instanceof String n ? n : null;
        UUID plant = uuid(data.get("plant_id"));
        for (Object each : operations) {
            if (!(each instanceof Map<?, ?> operation)
                    || !(operation.get("code") instanceof String code)
                    || !(operation.get("sequence") instanceof Number sequence)
                    || inspections.ofWorkOrderOperation(tx.em(), workOrder, sequence.intValue())) {
                continue;
            }
            plans.active(tx.em(), item, InspectionPlan.OPERATION, code)
                    .ifPresent(plan -> opener.open(
                            tx,
                            null,
                            plan,
                            Inspection.Origin.workOrder(workOrder, number, sequence.intValue(), code),
                            plant,
                            quantity));
        }
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        return value instanceof String text && !text.isBlank() ? UUID.fromString(text) : null;
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        return value instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ONE;
    }
}
