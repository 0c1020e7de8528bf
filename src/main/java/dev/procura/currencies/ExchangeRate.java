package dev.procura.currencies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stated rate: {@code rate} units of {@code to} per 1 {@code from}, from {@code validFrom} until a later one. */
@Entity
@Table(name = "exchange_rates")
public class ExchangeRate {

    @Id
    private UUID id;

    @Column(name = "from_currency")
    private String fromCurrency;

    @Column(name = "to_currency")
    private String toCurrency;

    private BigDecimal rate;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ExchangeRate() {}

    ExchangeRate(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    void state(String from, String to, BigDecimal rate, LocalDate validFrom, Instant now) {
        this.fromCurrency = from;
        this.toCurrency = to;
        this.rate = rate;
        this.validFrom = validFrom;
        this.updatedAt = now;
    }

    RateTable.Quote quote() {
        return new RateTable.Quote(fromCurrency, toCurrency, rate, validFrom);
    }

    public UUID id() {
        return id;
    }

    public String fromCurrency() {
        return fromCurrency;
    }

    public String toCurrency() {
        return toCurrency;
    }

    public BigDecimal rate() {
        return rate;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
