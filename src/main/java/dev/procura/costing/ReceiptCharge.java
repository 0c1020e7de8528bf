package dev.procura.costing;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A charge on a receipt (freight, duty, insurance, other) that its landed cost spreads over the lines. */
@Entity
@Table(name = "receipt_charges")
public class ReceiptCharge {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    private UUID id;

    @Column(name = "receipt_id")
    private UUID receiptId;

    private String type;
    private String description;
    private BigDecimal amount;
    private String currency;
    private String basis;

    /** Weights by receipt line as JSON ({"1": 2.5}); null unless the basis is weight. */
    private String weights;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReceiptCharge() {}

    ReceiptCharge(UUID receiptId, ChargeRequests.Add request, Map<Integer, BigDecimal> weights, UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.receiptId = receiptId;
        this.type = request.type();
        this.description = request.description();
        this.amount = request.amount();
        this.currency = request.currency();
        this.basis = request.basis();
        this.weights = weights.isEmpty() ? null : JSON.toJson(new TreeMap<>(weights));
        this.createdBy = by;
        this.createdAt = now;
    }

    /** As the calculator takes it. */
    LandedCost.Charge charge() {
        return new LandedCost.Charge(
                id,
                type,
                description,
                amount,
                currency,
                LandedCost.Basis.valueOf(basis.toUpperCase(Locale.ROOT)),
                weights());
    }

    Map<Integer, BigDecimal> weights() {
        Map<Integer, BigDecimal> byLine = new TreeMap<>();
        if (weights != null) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(weights))) {
                reader.readObject()
                        .forEach((line, weight) -> byLine.put(
                                Integer.valueOf(line), ((jakarta.json.JsonNumber) weight).bigDecimalValue()));
            }
        }
        return byLine;
    }

    public UUID id() {
        return id;
    }

    public UUID receiptId() {
        return receiptId;
    }

    public String type() {
        return type;
    }

    public String description() {
        return description;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String basis() {
        return basis;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
