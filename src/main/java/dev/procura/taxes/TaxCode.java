package dev.procura.taxes;

import dev.procura.platform.ledger.TaxTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A tax code: rates by date, whether prices include it, the recoverable share and the input tax account. */
@Entity
@Table(name = "tax_codes")
public class TaxCode {

    @Id
    private UUID id;

    private String code;
    private String name;
    private boolean inclusive;

    @Column(name = "recoverable_percent")
    private BigDecimal recoverablePercent;

    @Column(name = "input_tax_account_id")
    private UUID inputTaxAccountId;

    private String rates;
    private boolean active;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected TaxCode() {}

    TaxCode(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void describe(
            TaxCodeRequests.Define request, List<TaxRates.StoredPeriod> periods, UUID inputTaxAccount, Instant now) {
        this.code = request.code();
        this.name = request.name();
        this.inclusive = request.inclusiveOrDefault();
        this.recoverablePercent = request.recoverableOrDefault();
        this.inputTaxAccountId = inputTaxAccount;
        this.rates = TaxRates.toJson(periods);
        this.active = request.activeOrDefault();
        this.updatedAt = now;
    }

    /** Whether the request says what this code already is (an import row that changes nothing). */
    boolean sameAs(TaxCodeRequests.Define request, List<TaxRates.StoredPeriod> periods, UUID inputTaxAccount) {
        return code.equals(request.code())
                && name.equals(request.name())
                && inclusive == request.inclusiveOrDefault()
                && recoverablePercent.compareTo(request.recoverableOrDefault()) == 0
                && Objects.equals(inputTaxAccountId, inputTaxAccount)
                && rates.equals(TaxRates.toJson(periods))
                && active == request.activeOrDefault();
    }

    /** The terms on a day: empty when no rate period covers it. */
    Optional<TaxTerms> termsOn(LocalDate day, String inputTaxAccountCode) {
        return TaxRates.on(periods(), day)
                .map(p -> new TaxTerms(
                        id,
                        code,
                        name,
                        inclusive,
                        p.components(),
                        recoverablePercent,
                        inputTaxAccountId,
                        inputTaxAccountCode));
    }

    List<TaxRates.StoredPeriod> periods() {
        return TaxRates.fromJson(rates);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean isInclusive() {
        return inclusive;
    }

    public BigDecimal recoverablePercent() {
        return recoverablePercent;
    }

    public UUID inputTaxAccountId() {
        return inputTaxAccountId;
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
