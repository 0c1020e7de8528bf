package dev.procura.traceability;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a document did to a lot or serial number: received, consumed, produced or shipped. The
 * party is the supplier of a receipt or the customer of an issue.
 */
@Entity
@Table(name = "stock_movements")
public class StockMovement {

    public enum Kind {
        RECEIVED,
        CONSUMED,
        PRODUCED,
        SHIPPED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The document that moved stock. */
    record Document(String type, UUID id, String number) {}

    @Id
    private UUID id;

    private String kind;

    @Column(name = "unit_kind")
    private String unitKind;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "item_code")
    private String itemCode;

    private BigDecimal quantity;

    @Column(name = "document_type")
    private String documentType;

    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "party_id")
    private UUID partyId;

    @Column(name = "moved_on")
    private LocalDate movedOn;

    private String reference;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StockMovement() {}

    StockMovement(
            Kind kind,
            String unitKind,
            UUID unitId,
            String itemCode,
            BigDecimal quantity,
            Document document,
            UUID partyId,
            LocalDate movedOn,
            String reference,
            UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind.code();
        this.unitKind = unitKind;
        this.unitId = unitId;
        this.itemCode = itemCode;
        this.quantity = quantity;
        this.documentType = document.type();
        this.documentId = document.id();
        this.documentNumber = document.number();
        this.partyId = partyId;
        this.movedOn = movedOn;
        this.reference = reference;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String unitKind() {
        return unitKind;
    }

    public UUID unitId() {
        return unitId;
    }

    public String itemCode() {
        return itemCode;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public String documentType() {
        return documentType;
    }

    public UUID documentId() {
        return documentId;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public UUID partyId() {
        return partyId;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public String reference() {
        return reference;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
