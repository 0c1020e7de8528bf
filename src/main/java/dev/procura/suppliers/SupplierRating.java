package dev.procura.suppliers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;

/** One user's marks (1-5) for a supplier, for one purchase order or in general. */
@Entity
@Table(name = "supplier_ratings")
public class SupplierRating {

    @Id
    private UUID id;

    @Column(name = "supplier_id")
    private UUID supplierId;

    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;

    @Column(name = "rated_by")
    private UUID ratedBy;

    private int quality;
    private int delivery;
    private int price;
    private int service;
    private String comment;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SupplierRating() {}

    SupplierRating(UUID supplierId, UUID ratedBy, SupplierRequests.Rate marks, Instant now) {
        this.id = UUID.randomUUID();
        this.supplierId = supplierId;
        this.purchaseOrderId = marks.purchaseOrderId();
        this.ratedBy = ratedBy;
        this.quality = marks.quality();
        this.delivery = marks.delivery();
        this.price = marks.price();
        this.service = marks.service();
        this.comment = marks.comment();
        this.createdAt = now;
    }

    BigDecimal overall() {
        return BigDecimal.valueOf(quality + delivery + price + service)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
    }

    public UUID id() {
        return id;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    public UUID ratedBy() {
        return ratedBy;
    }

    public int quality() {
        return quality;
    }

    public int delivery() {
        return delivery;
    }

    public int price() {
        return price;
    }

    public int service() {
        return service;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
