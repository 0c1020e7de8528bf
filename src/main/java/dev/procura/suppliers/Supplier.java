package dev.procura.suppliers;

import dev.procura.platform.persistence.JsonbColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Someone the tenant buys from. Deactivated suppliers keep their history but get no new RFQs or orders. */
@Entity
@Table(name = "suppliers")
public class Supplier {

    public enum Status {
        ACTIVE,
        INACTIVE
    }

    @Id
    private UUID id;

    private String code;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "tax_id")
    private String taxId;

    private String country;
    private String currency;

    @Column(name = "payment_terms")
    private String paymentTerms;

    private String categories;
    private String contacts;
    private String addresses;
    private String notes;
    private String status;
    private BigDecimal rating;

    @Column(name = "ratings_count")
    private int ratingsCount;

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Supplier() {}

    String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    Supplier(String code, Instant now) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.status = "active";
        this.createdAt = now;
    }

    /** Replaces the master data; {@code contacts} and {@code addresses} are JSON arrays. */
    void describe(SupplierRequests.Details details, String contactsJson, String addressesJson, Instant now) {
        this.code = details.code();
        this.legalName = details.legalName();
        this.taxId = details.taxId();
        this.country = details.country();
        this.currency = details.currency();
        this.paymentTerms = details.paymentTerms();
        this.categories = details.categories() == null || details.categories().isEmpty()
                ? ""
                : "|" + String.join("|", details.categories()) + "|";
        this.contacts = contactsJson;
        this.addresses = addressesJson;
        this.notes = details.notes();
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.status = "inactive";
        this.updatedAt = now;
    }

    void activate(Instant now) {
        this.status = "active";
        this.updatedAt = now;
    }

    /**
     * The mean overall mark of all its ratings, from their totals: each rating's overall mark is
     * its four marks / 4, so the mean is the sum of every mark / (4 × ratings), rounded once
     * (folding into the rounded average would drift from the scorecard's {@code AVG}).
     */
    void rated(long marksTotal, int ratings) {
        ratingsCount = ratings;
        rating = BigDecimal.valueOf(marksTotal).divide(BigDecimal.valueOf(4L * ratings), 2, RoundingMode.HALF_UP);
    }

    public boolean isActive() {
        return "active".equals(status);
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

    public String country() {
        return country;
    }

    public String currency() {
        return currency;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public List<String> categories() {
        return categories.isEmpty()
                ? List.of()
                : Arrays.asList(categories.substring(1, categories.length() - 1).split("\\|"));
    }

    String contactsJson() {
        return contacts;
    }

    String addressesJson() {
        return addresses;
    }

    public String notes() {
        return notes;
    }

    public String status() {
        return status;
    }

    public BigDecimal rating() {
        return rating;
    }

    public int ratingsCount() {
        return ratingsCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
