package dev.procura.rfqs;

import dev.procura.platform.persistence.JsonbColumn;
import dev.procura.procurement.BuyingDocument;
import dev.procura.procurement.LineItem;
import dev.procura.procurement.StatusMachine;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A request for quotation: what is needed, by when, and which suppliers are asked. */
@Entity
@Table(name = "rfqs")
@Convert(attributeName = "status", converter = RfqStatusColumn.class)
public class Rfq extends BuyingDocument<Rfq.Status> {

    public enum Status {
        DRAFT,
        SENT,
        AWARDED,
        CLOSED,
        CANCELLED
    }

    public static final StatusMachine<Status> MACHINE = StatusMachine.of(Status.class, "RFQ")
            .from(Status.DRAFT, Status.SENT, Status.CANCELLED)
            .from(Status.SENT, Status.AWARDED, Status.CLOSED, Status.CANCELLED)
            .from(Status.AWARDED, Status.CLOSED)
            .build();

    private String title;
    private String currency;

    @Column(name = "needed_by")
    private LocalDate neededBy;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String notes;

    @Column(name = "awarded_quote_id")
    private UUID awardedQuoteId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfq_lines", joinColumns = @JoinColumn(name = "rfq_id"))
    @OrderColumn(name = "line_no")
    private List<LineItem> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rfq_suppliers", joinColumns = @JoinColumn(name = "rfq_id"))
    private List<InvitedSupplier> invited = new ArrayList<>();

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    protected Rfq() {}

    /** The stored custom field values (JSON); only the custom fields port reads them. */
    public String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    Rfq(String number, UUID createdBy, Instant now) {
        super(number, Status.DRAFT, createdBy, now);
    }

    @Override
    protected StatusMachine<Status> machine() {
        return MACHINE;
    }

    void describe(RfqRequests.Rfq request, List<LineItem> pricedLines, Instant now) {
        this.title = request.title();
        this.currency = request.currency();
        this.neededBy = request.neededBy();
        this.dueDate = request.dueDate();
        this.notes = request.notes();
        this.lines.clear();
        this.lines.addAll(pricedLines);
        this.invited.clear();
        new LinkedHashSet<>(request.supplierIds()).forEach(supplier -> this.invited.add(new InvitedSupplier(supplier)));
        changed(now);
    }

    void requireDraft(String action) {
        require(action, Status.DRAFT);
    }

    void send(Instant now) {
        move(Status.SENT, "sent", now);
        this.sentAt = now;
    }

    void award(UUID quoteId, Instant now) {
        move(Status.AWARDED, "awarded", now);
        this.awardedQuoteId = quoteId;
        this.awardedAt = now;
    }

    void close(Instant now) {
        move(Status.CLOSED, "closed", now);
    }

    void cancel(Instant now) {
        move(Status.CANCELLED, "cancelled", now);
    }

    public String title() {
        return title;
    }

    public String currency() {
        return currency;
    }

    public LocalDate neededBy() {
        return neededBy;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String notes() {
        return notes;
    }

    public UUID awardedQuoteId() {
        return awardedQuoteId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public List<LineItem> lines() {
        return lines;
    }

    public Set<UUID> supplierIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        invited.forEach(i -> ids.add(i.supplierId()));
        return ids;
    }
}
