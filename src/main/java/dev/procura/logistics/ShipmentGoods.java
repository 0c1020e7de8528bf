package dev.procura.logistics;

import dev.procura.platform.buying.ReceiptRecording;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What moving a shipment does to stock elsewhere: an inbound shipment's goods become receipts of
 * its purchase order; an outbound shipment's lots and serial numbers are issued to its customer
 * (traceability's goods issue, so genealogy and recalls reach the customer through the shipment).
 * Both run in the shipment's transaction: a refusal leaves nothing half-written.
 */
@ApplicationScoped
class ShipmentGoods {

    static final String DOCUMENT_TYPE = "shipment";

    @Inject
    ReceiptRecording receipts;

    @Inject
    StockUnits stock;

    /** Receives what is still outstanding of the lines; the receipts' numbers. */
    List<String> receive(TenantTx tx, Shipment shipment, List<ShipmentLine> lines, BigDecimal only) {
        List<ReceiptRecording.Received> goods = new ArrayList<>();
        List<ShipmentLine> taken = new ArrayList<>();
        List<BigDecimal> quantities = new ArrayList<>();
        for (ShipmentLine line : lines) {
            BigDecimal quantity = only == null ? line.outstanding() : only.min(line.outstanding());
            if (quantity.signum() <= 0) {
                continue;
            }
            goods.add(new ReceiptRecording.Received(
                    line.itemCode(),
                    quantity,
                    line.unit(),
                    line.lotNumber(),
                    line.serialNumber() == null ? null : List.of(line.serialNumber()),
                    line.expiresOn()));
            taken.add(line);
            quantities.add(quantity);
        }
        if (goods.isEmpty()) {
            return List.of();
        }
        List<String> numbers = receipts
                .record(tx, shipment.purchaseOrderId(), tx.today(), "Shipment " + shipment.number(), goods, "lines")
                .stream()
                .map(ReceiptRecording.Recorded::number)
                .toList();
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).received(quantities.get(i));
        }
        shipment.receiptsRecorded(numbers, tx.now());
        return numbers;
    }

    /** Issues the lines' lots and serial numbers to the customer, as movements of the shipment. */
    void issue(TenantTx tx, Shipment shipment, List<ShipmentLine> lines) {
        List<StockUnits.Consumed> issued = lines.stream()
                .map(l -> new StockUnits.Consumed(l.itemCode(), l.lotNumber(), l.serialNumber(), l.quantity()))
                .toList();
        List<StockUnits.Unit> units = stock.issue(
                tx,
                new StockUnits.Document(DOCUMENT_TYPE, shipment.id(), shipment.number(), shipment.plantId()),
                tx.today(),
                shipment.customerId(),
                issued,
                "lines");
        if (!units.isEmpty()) {
            shipment.issuesRecorded(List.of(shipment.number()), tx.now());
        }
    }
}
