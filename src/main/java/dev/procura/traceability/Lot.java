package dev.procura.traceability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A lot of an item, numbered uniquely per item, with the quantity on hand at its plant. */
@Entity
@Table(name = "lots")
public class Lot {

    @Id
    private UUID id;

    @Column(name = "item_code")
    private String itemCode;

    private String number;

    @Column(name = "plant_id")
    private UUID plantId;

    private BigDecimal quantity;
    private String unit;
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

    protected Lot() {}

    Lot(String itemCode, String number, UUID plantId, String unit, Instant now) {
        this.id = UUID.randomUUID();
        this.itemCode = itemCode;
        this.number = number;
        this.plantId = plantId;
        this.unit = unit;
        this.quantity = BigDecimal.ZERO;
        this.status = UnitStatus.AVAILABLE.code();
        this.createdAt = now;
        this.updatedAt = now;
    }

    void origin(UUID supplierId, String supplierLot, UUID receiptId, LocalDate expiresOn) {
        this.supplierId = supplierId;
        this.supplierLot = supplierLot;
        this.receiptId = receiptId;
        this.expiresOn = expiresOn;
    }

    /** Stock comes in; a lot emptied before is available again. */
    void add(BigDecimal amount, Instant now) {
        if (quantity.signum() == 0 && (status() == UnitStatus.CONSUMED || status() == UnitStatus.SHIPPED)) {
            status = UnitStatus.AVAILABLE.code();
        }
        quantity = quantity.add(amount);
        updatedAt = now;
    }

    /** Stock goes out; at zero the lot is {@code emptied} (consumed or shipped). */
    void take(BigDecimal amount, UnitStatus emptied, Instant now) {
        quantity = quantity.subtract(amount);
        if (quantity.signum() == 0) {
            status = emptied.code();
        }
        updatedAt = now;
    }

    void change(UnitStatus next, LocalDate expiresOn, Instant now) {
        this.status = next.code();
        this.expiresOn = expiresOn;
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

    public UUID plantId() {
        return plantId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
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
