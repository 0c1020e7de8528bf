package dev.procura.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A package of a shipment with its serial shipping container code (SSCC), given when it is made. */
@Entity
@Table(name = "shipment_packages")
public class ShipmentPackage {

    @Id
    private UUID id;

    @Column(name = "shipment_id")
    private UUID shipmentId;

    private int position;
    private String number;
    private String sscc;

    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    private String location;

    protected ShipmentPackage() {}

    ShipmentPackage(UUID shipmentId, int position, String number, String sscc, BigDecimal weightKg) {
        this.id = UUID.randomUUID();
        this.shipmentId = shipmentId;
        this.position = position;
        this.number = number;
        this.sscc = sscc;
        this.weightKg = weightKg;
    }

    void shipped(Instant at) {
        if (shippedAt == null) {
            shippedAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        }
    }

    void movedTo(String location) {
        this.location = location;
    }

    public boolean isShipped() {
        return shippedAt != null;
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

    public String number() {
        return number;
    }

    public String sscc() {
        return sscc;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public String location() {
        return location;
    }
}
