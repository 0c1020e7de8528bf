package dev.procura.customers;

import dev.procura.platform.persistence.JsonbColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Someone the tenant sells to. On hold: kept, no new business for now; inactive: retired. */
@Entity
@Table(name = "customers")
public class Customer {

    public enum Status {
        ACTIVE,
        ON_HOLD,
        INACTIVE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    private UUID id;

    private String code;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "tax_id")
    private String taxId;

    private String addresses;
    private String contacts;
    private String currency;

    @Column(name = "payment_term_id")
    private UUID paymentTermId;

    @Column(name = "credit_limit_amount")
    private BigDecimal creditLimitAmount;

    @Column(name = "credit_limit_currency")
    private String creditLimitCurrency;

    private String status;

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Customer() {}

    Customer(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    /** Replaces the master data; {@code addressesJson} and {@code contactsJson} are JSON arrays. */
    void describe(
            CustomerRequests.Define request,
            String addressesJson,
            String contactsJson,
            UUID paymentTermId,
            String customFieldsJson,
            Instant now) {
        this.code = request.code();
        this.legalName = request.legalName();
        this.taxId = request.taxId();
        this.addresses = addressesJson;
        this.contacts = contactsJson;
        this.currency = request.currency();
        this.paymentTermId = paymentTermId;
        CustomerRequests.CreditLimit limit = request.creditLimit();
        this.creditLimitAmount = limit == null ? null : limit.amount();
        this.creditLimitCurrency = limit == null ? null : limit.currency();
        this.status = request.statusOrDefault().code();
        this.customFields = customFieldsJson;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String legalName() {
        return legalName;
    }

    public String taxId() {
        return taxId;
    }

    String addressesJson() {
        return addresses;
    }

    String contactsJson() {
        return contacts;
    }

    String customFieldsJson() {
        return customFields;
    }

    public String currency() {
        return currency;
    }

    public UUID paymentTermId() {
        return paymentTermId;
    }

    public BigDecimal creditLimitAmount() {
        return creditLimitAmount;
    }

    public String creditLimitCurrency() {
        return creditLimitCurrency;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
