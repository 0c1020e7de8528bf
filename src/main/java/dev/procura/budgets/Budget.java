package dev.procura.budgets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a cost centre may commit and spend in a period, and what happens when an order would exceed it. */
@Entity
@Table(name = "budgets")
public class Budget {

    @Id
    private UUID id;

    @Column(name = "cost_center")
    private String costCenter;

    private String period;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private BigDecimal amount;
    private String currency;

    @Column(name = "action_on_exceed")
    private String actionOnExceed;

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Budget() {}

    Budget(UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void define(
            String costCenter,
            BudgetPeriod period,
            BigDecimal amount,
            String currency,
            String actionOnExceed,
            Instant now) {
        this.costCenter = costCenter;
        this.period = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.amount = amount;
        this.currency = currency;
        this.actionOnExceed = actionOnExceed;
        this.updatedAt = now;
    }

    public boolean stops() {
        return "stop".equals(actionOnExceed);
    }

    public UUID id() {
        return id;
    }

    public String costCenter() {
        return costCenter;
    }

    public String period() {
        return period;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String actionOnExceed() {
        return actionOnExceed;
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
}
