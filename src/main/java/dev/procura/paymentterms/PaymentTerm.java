package dev.procura.paymentterms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** When invoices are due: net days, an optional early-payment discount, counted from the invoice date or month end. */
@Entity
@Table(name = "payment_terms")
public class PaymentTerm {

    @Id
    private UUID id;

    private String code;
    private String description;

    @Column(name = "net_days")
    private int netDays;

    @Column(name = "discount_days")
    private Integer discountDays;

    @Column(name = "discount_percent")
    private BigDecimal discountPercent;

    @Column(name = "end_of_month")
    private boolean endOfMonth;

    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PaymentTerm() {}

    PaymentTerm(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(PaymentTermRequests.Define request, Instant now) {
        this.code = request.code();
        this.description = request.description();
        this.netDays = request.netDays();
        this.discountDays = request.discountDays();
        this.discountPercent = request.discountPercent();
        this.endOfMonth = request.endOfMonthOrDefault();
        this.active = request.activeOrDefault();
        this.updatedAt = now;
    }

    /** Whether the request says what this term already is (an import row that changes nothing). */
    boolean sameAs(PaymentTermRequests.Define request) {
        return code.equals(request.code())
                && description.equals(request.description())
                && netDays == request.netDays()
                && java.util.Objects.equals(discountDays, request.discountDays())
                && (discountPercent == null
                        ? request.discountPercent() == null
                        : request.discountPercent() != null
                                && discountPercent.compareTo(request.discountPercent()) == 0)
                && endOfMonth == request.endOfMonthOrDefault()
                && active == request.activeOrDefault();
    }

    PaymentSchedule.Terms terms() {
        return new PaymentSchedule.Terms(netDays, discountDays, discountPercent, endOfMonth);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public int netDays() {
        return netDays;
    }

    public Integer discountDays() {
        return discountDays;
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public boolean isEndOfMonth() {
        return endOfMonth;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
