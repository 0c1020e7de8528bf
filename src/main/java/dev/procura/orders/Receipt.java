package dev.procura.orders;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Goods received against a purchase order on one day. Receipts are facts: only an inspection may later reject some of what was accepted. */
@Entity
@Table(name = "receipts")
public class Receipt {

    @Id
    private UUID id;

    private String number;

    @Column(name = "purchase_order_id")
    private UUID purchaseOrderId;

    @Column(name = "plant_id")
    private UUID plantId;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    private String notes;

    @Column(name = "received_by")
    private UUID receivedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "receipt_lines", joinColumns = @JoinColumn(name = "receipt_id"))
    private List<ReceiptLine> lines = new ArrayList<>();

    protected Receipt() {}

    Receipt(
            String number,
            UUID purchaseOrderId,
            UUID plantId,
            LocalDate receivedOn,
            String notes,
            List<ReceiptLine> lines,
            UUID receivedBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.purchaseOrderId = purchaseOrderId;
        this.plantId = plantId;
        this.receivedOn = receivedOn;
        this.notes = notes;
        this.lines.addAll(lines);
        this.receivedBy = receivedBy;
        this.createdAt = now;
    }

    /** The line after a rejection on inspection; the one fact of a receipt that changes. */
    void replaceLine(ReceiptLine changed) {
        lines.replaceAll(l -> l.line() == changed.line() ? changed : l);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID purchaseOrderId() {
        return purchaseOrderId;
    }

    /** The order's plant when received; null when the order belonged to none. */
    public UUID plantId() {
        return plantId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String notes() {
        return notes;
    }

    public UUID receivedBy() {
        return receivedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ReceiptLine> lines() {
        return lines;
    }
}
