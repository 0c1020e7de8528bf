package dev.procura.rfqs;

import dev.procura.platform.persistence.JsonbColumn;
import dev.procura.procurement.BuyingDocument;
import dev.procura.procurement.DocumentTotals;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.StatusMachine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A supplier's priced answer to an RFQ. */
@Entity
@Table(name = "quotes")
@Convert(attributeName = "status", converter = QuoteStatusColumn.class)
public class Quote extends BuyingDocument<Quote.Status> {

    public enum Status {
        RECEIVED,
        ACCEPTED,
        REJECTED
    }

    public static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "Quote")
            .from(Status.RECEIVED, Status.ACCEPTED, Status.REJECTED)
            .build();

    @Column(name = "rfq_id")
    private UUID rfqId;

    @Column(name = "supplier_id")
    private UUID supplierId;

    private String currency;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "lead_time_days")
    private int leadTimeDays;

    @Column(name = "supplier_reference")
    private String supplierReference;

    private String notes;

    @Embedded
    private DocumentTotals totals;

    @Column(name = "received_at")
    private Instant receivedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_lines", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    protected Quote() {}

    /** The stored custom field values (JSON); only the custom fields port reads them. */
    public String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    Quote(String number, UUID createdBy, Instant now) {
        super(number, Status.RECEIVED, createdBy, now);
        this.receivedAt = now;
    }

    @Override
    protected StatusMachine<Status> machine() {
        return MACHINE;
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
        this.totals = DocumentTotals.of(pricedLines, currency);
        changed(now);
    }

    void requireReceived(String action) {
        require(action, Status.RECEIVED);
    }

    void accept(Instant now) {
        move(Status.ACCEPTED, "accepted", now);
    }

    void reject(Instant now) {
        move(Status.REJECTED, "rejected", now);
    }

    public boolean isExpired(LocalDate today) {
        return validUntil.isBefore(today);
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

    public DocumentTotals totals() {
        return totals;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public List<LineItem> lines() {
        return lines;
    }
}
