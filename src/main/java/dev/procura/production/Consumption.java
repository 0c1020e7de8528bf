package dev.procura.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A component a work order used: the item and the lot or serial number it came from. */
@Entity
@Table(name = "work_order_consumptions")
public class Consumption {

    @Id
    private UUID id;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    @Column(name = "item_code")
    private String itemCode;

    @Column(name = "lot_number")
    private String lotNumber;

    @Column(name = "serial_number")
    private String serialNumber;

    private BigDecimal quantity;

    @Column(name = "consumed_on")
    private LocalDate consumedOn;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Consumption() {}

    Consumption(
            UUID workOrderId,
            ProductionRequests.Component component,
            LocalDate consumedOn,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.workOrderId = workOrderId;
        this.itemCode = component.itemCode();
        this.lotNumber = component.lotNumber();
        this.serialNumber = component.serialNumber();
        this.quantity = component.quantity();
        this.consumedOn = consumedOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
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

    public LocalDate consumedOn() {
        return consumedOn;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
