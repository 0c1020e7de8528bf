package dev.procura.traceability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One unit of an item, numbered uniquely per item; it may belong to a lot. */
@Entity
@Table(name = "serial_numbers")
public class SerialNumber {

    @Id
    private UUID id;

    @Column(name = "item_code")
    private String itemCode;

    private String number;

    @Column(name = "lot_id")
    private UUID lotId;

    @Column(name = "plant_id")
    private UUID plantId;

    private String status;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "supplier_lot")
    private String supplierLot;

    @Column(name = "receipt_id")
    private UUID receiptId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SerialNumber() {}

    SerialNumber(String itemCode, String number, UUID lotId, UUID plantId, LocalDate expiresOn, Instant now) {
        this.id = UUID.randomUUID();
        this.itemCode = itemCode;
        this.number = number;
        this.lotId = lotId;
        this.plantId = plantId;
        this.expiresOn = expiresOn;
        this.status = UnitStatus.AVAILABLE.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void origin(UUID supplierId, String supplierLot, UUID receiptId) {
        this.supplierId = supplierId;
        this.supplierLot = supplierLot;
        this.receiptId = receiptId;
    }

    void change(UnitStatus next, LocalDate expiresOn, Instant now) {
        this.status = next.code();
        this.expiresOn = expiresOn;
        this.updatedAt = now;
    }

    void moved(UnitStatus next, Instant now) {
        this.status = next.code();
        this.updatedAt = now;
    }

    boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    public UUID id() {
        return id;
    }

    public String itemCode() {
        return itemCode;
    }

    public String number() {
        return number;
    }

    public UUID lotId() {
        return lotId;
    }

    public UUID plantId() {
        return plantId;
    }

    public UnitStatus status() {
        return UnitStatus.of(status).orElseThrow();
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public String supplierLot() {
        return supplierLot;
    }

    public UUID receiptId() {
        return receiptId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
