package dev.procura.projects;

import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.projects.ProjectBudgets;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.projects.ProjectViews.BudgetView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A project's budget against the purchase orders naming it: what they commit (submitted, not
 * cancelled) and the check an order passes on submit and approval, which refuses an order that
 * would take the project over its budget (as a {@code stop} cost-centre budget does).
 */
@ApplicationScoped
public class ProjectBudgetCheck implements ProjectBudgets {

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProjectPlants plants;

    @Inject
    PurchaseOrders orders;

    @Inject
    ExchangeRates rates;

    public BudgetView figures(UUID projectId) {
        return tenantData.call(tx -> figures(tx, plants.readable(tx.em(), projectId), null, null));
    }

    @Override
    public void requireWithinBudget(
            TenantTx tx,
            UUID projectId,
            UUID orderId,
            String reference,
            LocalDate orderDate,
            String currency,
            BigDecimal amount) {
        Project project = tx.em().find(Project.class, projectId);
        if (project == null) {
            return;
        }
        BigDecimal requested = convert(tx, orderDate, amount == null ? BigDecimal.ZERO : amount, currency, project);
        BudgetView figures = figures(tx, project, orderId, requested);
        if (figures.remaining().compareTo(requested) < 0) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("budget", figures);
            throw new Failure.Conflict(
                    ProblemType.BUDGET_EXCEEDED,
                    reference + " (" + requested + " " + project.currency() + ") exceeds the budget of project "
                            + project.code() + ": " + figures.remaining() + " of " + figures.amount() + " "
                            + project.currency() + " remain",
                    facts);
        }
    }

    private BudgetView figures(TenantTx tx, Project project, UUID excludingOrder, BigDecimal requested) {
        BigDecimal committed = BigDecimal.ZERO;
        long count = 0;
        for (PurchaseOrders.Commitment order : orders.ofProject(tx, project.id())) {
            if (order.open() && !order.orderId().equals(excludingOrder) && order.total() != null) {
                committed = committed.add(convert(tx, tx.today(), order.total(), order.currency(), project));
                count++;
            }
        }
        return new BudgetView(
                project.id(),
                project.code(),
                project.currency(),
                project.budgetAmount(),
                committed,
                project.budgetAmount().subtract(committed),
                count,
                requested);
    }

    private BigDecimal convert(TenantTx tx, LocalDate on, BigDecimal amount, String currency, Project project) {
        if (currency.equals(project.currency())) {
            return amount;
        }
        return rates.rate(tx, currency, project.currency(), on)
                .orElseThrow(() -> new Failure.Conflict(
                        ProblemType.NO_EXCHANGE_RATE,
                        "Project " + project.code() + " is budgeted in " + project.currency()
                                + " and the tenant has no exchange rate for " + currency + " on " + on
                                + "; add one under /exchange-rates (" + currency + "/" + project.currency() + ")",
                        Map.of("from", currency, "to", project.currency())))
                .convert(amount);
    }
}
