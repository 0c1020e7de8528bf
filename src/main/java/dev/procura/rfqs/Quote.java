package dev.procura.rfqs;

import dev.procura.procurement.LineItem;
import dev.procura.procurement.Lines;
import dev.procura.procurement.StatusMachine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A supplier's priced answer to an RFQ. */
@Entity
@Table(name = "quotes")
public class Quote {

    public enum Status { RECEIVED, ACCEPTED, REJECTED }

    static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Quote")
            .from(Status.RECEIVED, Status.ACCEPTED, Status.REJECTED)
            .build();

    @Id
    private UUID id;
    private String number;
    @Column(name = "rfq_id")
    private UUID rfqId;
    @Column(name = "supplier_id")
    private UUID supplierId;
    private String status;
    private String currency;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "lead_time_days")
    private int leadTimeDays;
    @Column(name = "supplier_reference")
    private String supplierReference;
    private String notes;
    private BigDecimal subtotal;
    @Column(name = "tax_total")
    private BigDecimal taxTotal;
    private BigDecimal total;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "created_by")
    private UUID createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_lines", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    protected Quote() {
    }

    Quote(String number, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.status = "received";
        this.createdBy = createdBy;
        this.createdAt = now;
        this.receivedAt = now;
    }

    void describe(RfqRequests.Quote request, List<LineItem> pricedLines, Instant now) {
        this.rfqId = request.rfqId();
        this.supplierId = request.supplierId();
        this.currency = request.currency();
        this.validUntil = request.validUntil();
        this.leadTimeDays = request.leadTimeDays();
        this.supplierReference = request.supplierReference();
        this.notes = request.notes();
        this.lines.clear();
        this.lines.addAll(pricedLines);
        Lines.Totals totals = Lines.Totals.of(pricedLines, currency);
        this.subtotal = totals.subtotal();
        this.taxTotal = totals.taxTotal();
        this.total = totals.total();
        this.updatedAt = now;
    }

    void requireReceived(String action) {
        MACHINE.require(number, status(), action, Status.RECEIVED);
    }

    void accept(Instant now) {
        status = StatusMachine.name(MACHINE.move(number, status(), Status.ACCEPTED, "accepted"));
        updatedAt = now;
    }

    void reject(Instant now) {
        status = StatusMachine.name(MACHINE.move(number, status(), Status.REJECTED, "rejected"));
        updatedAt = now;
    }

    public boolean isExpired(LocalDate today) {
        return validUntil.isBefore(today);
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID rfqId() {
        return rfqId;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public String currency() {
        return currency;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public String supplierReference() {
        return supplierReference;
    }

    public String notes() {
        return notes;
    }

    public BigDecimal subtotal() {
        return subtotal;
    }

    public BigDecimal taxTotal() {
        return taxTotal;
    }

    public BigDecimal total() {
        return total;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<LineItem> lines() {
        return lines;
    }
}
