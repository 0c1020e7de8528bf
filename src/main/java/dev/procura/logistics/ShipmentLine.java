package dev.procura.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a shipment carries: a quantity of an item, by lot or serial number, in one of its packages. */
@Entity
@Table(name = "shipment_lines")
public class ShipmentLine {

    @Id
    private UUID id;

    @Column(name = "shipment_id")
    private UUID shipmentId;

    private int position;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "lot_number")
    private String lotNumber;

    @Column(name = "serial_number")
    private String serialNumber;

    private BigDecimal quantity;
    private String unit;

    @Column(name = "package_number")
    private String packageNumber;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "received_quantity")
    private BigDecimal receivedQuantity = BigDecimal.ZERO;

    protected ShipmentLine() {}

    ShipmentLine(
            UUID shipmentId,
            int position,
            String itemCode,
            String lotNumber,
            String serialNumber,
            BigDecimal quantity,
            String unit,
            String packageNumber,
            LocalDate expiresOn) {
        this.id = UUID.randomUUID();
        this.shipmentId = shipmentId;
        this.position = position;
        this.itemCode = itemCode;
        this.lotNumber = lotNumber;
        this.serialNumber = serialNumber;
        this.quantity = quantity;
        this.unit = unit;
        this.packageNumber = packageNumber;
        this.expiresOn = expiresOn;
    }

    /** What is still to be received of an inbound line. */
    public BigDecimal outstanding() {
        return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
    }

    void received(BigDecimal more) {
        receivedQuantity = receivedQuantity.add(more);
    }

    public UUID id() {
        return id;
    }

    public UUID shipmentId() {
        return shipmentId;
    }

    public int position() {
        return position;
    }

    public String itemCode() {
        return itemCode;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public String packageNumber() {
        return packageNumber;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public BigDecimal receivedQuantity() {
        return receivedQuantity;
    }
}
