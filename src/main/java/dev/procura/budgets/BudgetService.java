package dev.procura.budgets;

import dev.procura.platform.costcentres.CostCentres;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.procurement.Money;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Budgets per cost centre and period, their status, and the check orders pass on submit and approval. */
@ApplicationScoped
public class BudgetService {

    /** An order's claim on budgets: its cost centre, date, currency and amount. */
    public record Claim(
            UUID orderId,
            String reference,
            String costCenter,
            LocalDate orderDate,
            String currency,
            BigDecimal amount) {}

    /** What a check found: the warn budgets the claim exceeds (stop budgets refuse instead). */
    public record Verdict(List<BudgetFigures> warnings) {}

    @Inject
    TenantTransactions tenantData;

    @Inject
    BudgetRepository budgets;

    @Inject
    BudgetUsage usage;

    @Inject
    ExchangeRates rates;

    @Inject
    ProcurementEvents events;

    @Inject
    CostCentres costCentres;

    public BudgetFigures define(Caller caller, BudgetRequests.Define request) {
        BudgetPeriod period = valid(request);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            String costCenter = costCentres.requireActive(tx, request.costCenter(), "cost_center");
            if (budgets.find(em, costCenter, period.label()).isPresent()) {
                throw duplicate(request, period);
            }
            Budget budget = new Budget(caller.userId(), tx.now());
            budget.define(costCenter, period, request.amount(), request.currency(), request.actionOnExceed(), tx.now());
            em.persist(budget);
            events.publish(
                    tx,
                    caller.userId(),
                    "budget.defined",
                    budget.id(),
                    Map.of(
                            "budget_id",
                            budget.id(),
                            "cost_center",
                            budget.costCenter(),
                            "period",
                            budget.period(),
                            "amount",
                            budget.amount(),
                            "currency",
                            budget.currency()));
            return figures(tx, budget, null, tx.today());
        });
    }

    public BudgetFigures change(Caller caller, UUID id, BudgetRequests.Define request) {
        BudgetPeriod period = valid(request);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Budget budget = existing(em, id);
            // A cost centre deactivated since stays on the budget; only a different one is checked.
            String costCenter = request.costCenter().equals(budget.costCenter())
                    ? budget.costCenter()
                    : costCentres.requireActive(tx, request.costCenter(), "cost_center");
            budgets.find(em, costCenter, period.label())
                    .filter(other -> !other.id().equals(id))
                    .ifPresent(other -> {
                        throw duplicate(request, period);
                    });
            budget.define(costCenter, period, request.amount(), request.currency(), request.actionOnExceed(), tx.now());
            events.publish(
                    tx,
                    caller.userId(),
                    "budget.changed",
                    id,
                    Map.of(
                            "budget_id",
                            id,
                            "amount",
                            budget.amount(),
                            "currency",
                            budget.currency(),
                            "action_on_exceed",
                            budget.actionOnExceed()));
            return figures(tx, budget, null, tx.today());
        });
    }

    public Page<BudgetView> list(String costCenter, Integer year, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                budgets.list(tx.em(), costCenter, year, sort, (page - 1) * perPage, perPage).stream()
                        .map(BudgetView::of)
                        .toList(),
                page,
                perPage,
                budgets.count(tx.em(), costCenter, year)));
    }

    public BudgetView get(UUID id) {
        return tenantData.call(tx -> BudgetView.of(existing(tx.em(), id)));
    }

    public BudgetFigures status(String costCenter, String periodLabel) {
        BudgetPeriod period = BudgetPeriod.parse("period", periodLabel);
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Budget budget = budgets.find(em, costCenter, period.label())
                    .orElseThrow(() ->
                            new Failure.NotFound("No budget for cost centre " + costCenter + " in " + period.label()));
            return figures(tx, budget, null, tx.today());
        });
    }

    /**
     * Checks an order against every budget of its cost centre whose period holds its date (a
     * month, its quarter and its year may all apply). A {@code stop} budget it would exceed
     * refuses it with the figures; {@code warn} budgets are returned. An order in another
     * currency than a budget needs an exchange rate valid on the order's date.
     */
    public Verdict check(TenantTx tx, Claim claim) {
        EntityManager em = tx.em();
        List<BudgetFigures> warnings = new ArrayList<>();
        for (Budget budget : budgets.covering(em, claim.costCenter(), claim.orderDate())) {
            BigDecimal requested = convert(tx, claim.orderDate(), claim.amount(), claim.currency(), budget);
            BudgetFigures figures = figures(tx, budget, claim.orderId(), claim.orderDate(), requested);
            if (!figures.wouldExceed()) {
                continue;
            }
            if (budget.stops()) {
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("budget", figures);
                throw new Failure.Conflict(
                        ProblemType.BUDGET_EXCEEDED,
                        claim.reference() + " (" + figures.requested() + " "
                                + budget.currency() + ") exceeds budget " + budget.costCenter() + " " + budget.period()
                                + ": "
                                + figures.remaining() + " of " + figures.amount() + " " + budget.currency() + " remain",
                        facts);
            }
            warnings.add(figures);
        }
        return new Verdict(warnings);
    }

    /** Fails early, e.g. when an order is drafted, if a budget it falls under cannot be compared with it. */
    public void requireComparable(TenantTx tx, String costCenter, LocalDate orderDate, String currency) {
        EntityManager em = tx.em();
        for (Budget budget : budgets.covering(em, costCenter, orderDate)) {
            convert(tx, orderDate, BigDecimal.ONE, currency, budget);
        }
    }

    private BudgetFigures figures(TenantTx tx, Budget budget, UUID excludingOrder, LocalDate on) {
        return figures(tx, budget, excludingOrder, on, null);
    }

    private BudgetFigures figures(TenantTx tx, Budget budget, UUID excludingOrder, LocalDate on, BigDecimal requested) {
        BudgetUsage.ByCurrency used = usage.of(tx, budget, excludingOrder);
        BigDecimal committed = sum(tx, on, budget, used.committed());
        BigDecimal spent = sum(tx, on, budget, used.spent());
        return BudgetFigures.of(budget, committed, spent, requested);
    }

    private BigDecimal sum(TenantTx tx, LocalDate on, Budget budget, Map<String, BigDecimal> byCurrency) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> amount : byCurrency.entrySet()) {
            total = total.add(convert(tx, on, amount.getValue(), amount.getKey(), budget));
        }
        return total;
    }

    /** The amount in the budget's currency at the rate valid on {@code on}, unrounded (figures round). */
    private BigDecimal convert(TenantTx tx, LocalDate on, BigDecimal amount, String currency, Budget budget) {
        return rates.rate(tx, currency, budget.currency(), on)
                .orElseThrow(() -> new Failure.Conflict(
                        ProblemType.NO_EXCHANGE_RATE,
                        "Budget " + budget.costCenter() + " " + budget.period()
                                + " is in " + budget.currency() + " and the tenant has no exchange rate for "
                                + currency + " on " + on
                                + "; add one under /exchange-rates (" + currency + "/" + budget.currency() + ")",
                        Map.of("from", currency, "to", budget.currency())))
                .convert(amount);
    }

    private static BudgetPeriod valid(BudgetRequests.Define request) {
        BudgetPeriod period = BudgetPeriod.parse("period", request.period());
        if (!Money.isCurrency(request.currency())) {
            throw new Failure.InvalidInput("currency", "is not an ISO 4217 currency code");
        }
        return period;
    }

    private static Failure duplicate(BudgetRequests.Define request, BudgetPeriod period) {
        return new Failure.Conflict(
                ProblemType.BUDGET_EXISTS,
                "Cost centre " + request.costCenter() + " already has a budget for " + period.label());
    }

    private static Budget existing(EntityManager em, UUID id) {
        Budget budget = em.find(Budget.class, id);
        if (budget == null) {
            throw new Failure.NotFound("No budget " + id + " in this tenant");
        }
        return budget;
    }
}
