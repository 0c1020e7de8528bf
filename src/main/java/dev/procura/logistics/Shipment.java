package dev.procura.logistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A shipment: inbound from a purchase order's supplier or outbound to a customer, with its carrier,
 * tracking number and status; each status it reached keeps the moment it did.
 */
@Entity
@Table(name = "shipments")
public class Shipment {

    @Id
    private UUID id;

    private String number;
    private String direction;

    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "plant_id")
    private UUID plantId;

    private String carrier;

    @Column(name = "tracking_number")
    private String trackingNumber;

    private String notes;
    private String status;

    @Column(name = "packed_at")
    private Instant packedAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "in_transit_at")
    private Instant inTransitAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "receipt_numbers")
    private String receiptNumbers = "";

    @Column(name = "issue_numbers")
    private String issueNumbers = "";

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Shipment() {}

    Shipment(
            String number,
            Direction direction,
            UUID purchaseOrderId,
            UUID customerId,
            UUID plantId,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.direction = direction.code();
        this.purchaseOrderId = purchaseOrderId;
        this.customerId = customerId;
        this.plantId = plantId;
        this.status = ShipmentStatus.PLANNED.code();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Inbound from a supplier, outbound to a customer. */
    public enum Direction {
        INBOUND,
        OUTBOUND;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Direction> of(String code) {
            return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
        }
    }

    void describe(String carrier, String trackingNumber, String notes, Instant now) {
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.notes = notes;
        this.updatedAt = now;
    }

    /** Moves into the action's status and keeps the moment; a packed shipment shipped at once is packed then. */
    void enter(ShipmentStatus into, Instant when) {
        Instant at = when.truncatedTo(ChronoUnit.MICROS);
        switch (into) {
            case PACKED -> packedAt = at;
            case SHIPPED -> {
                shippedAt = at;
                if (packedAt == null) {
                    packedAt = at;
                }
            }
            case IN_TRANSIT -> inTransitAt = at;
            case DELIVERED -> deliveredAt = at;
            case RETURNED -> returnedAt = at;
            case PLANNED -> {}
        }
        this.status = into.code();
        this.updatedAt = at;
    }

    void receiptsRecorded(List<String> numbers, Instant now) {
        receiptNumbers = joined(receiptNumbers, numbers);
        updatedAt = now;
    }

    void issuesRecorded(List<String> numbers, Instant now) {
        issueNumbers = joined(issueNumbers, numbers);
        updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    private static String joined(String before, List<String> more) {
        if (more.isEmpty()) {
            return before;
        }
        String added = String.join(",", more);
        return before.isEmpty() ? added : before + "," + added;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Direction direction() {
        return Direction.of(direction).orElseThrow();
    }

    public boolean isInbound() {
        return direction() == Direction.INBOUND;
    }

    public UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID plantId() {
        return plantId;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String notes() {
        return notes;
    }

    public ShipmentStatus status() {
        return ShipmentStatus.of(status).orElseThrow();
    }

    public Instant packedAt() {
        return packedAt;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant inTransitAt() {
        return inTransitAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public List<String> receiptNumbers() {
        return split(receiptNumbers);
    }

    public List<String> issueNumbers() {
        return split(issueNumbers);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
