package dev.procura.budgets;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on budgets and on the orders and invoices that use them. */
@ApplicationScoped
public class BudgetRepository {

    /** Orders that hold money: approved and not yet closed or cancelled. */
    static final String OPEN_ORDER = "po.status IN ('approved', 'sent', 'partially_received', 'received')";
    /** Invoices that count as spent: entered and not cancelled. */
    static final String COUNTED_INVOICE = "i.status IN ('matched', 'mismatch', 'paid')";

    static final Map<String, String> SORTS = Map.of("cost_center", "b.costCenter", "period_start", "b.periodStart",
            "amount", "b.amount", "created_at", "b.createdAt");

    public Optional<Budget> find(EntityManager em, String costCenter, String period) {
        return em.createQuery("SELECT b FROM Budget b WHERE b.costCenter = :cc AND b.period = :period", Budget.class)
                .setParameter("cc", costCenter).setParameter("period", period).getResultList().stream().findFirst();
    }

    public List<Budget> covering(EntityManager em, String costCenter, LocalDate date) {
        return em.createQuery("SELECT b FROM Budget b WHERE b.costCenter = :cc AND b.periodStart <= :date"
                + " AND b.periodEnd >= :date ORDER BY b.periodStart, b.periodEnd", Budget.class)
                .setParameter("cc", costCenter).setParameter("date", date).getResultList();
    }

    public List<Budget> list(EntityManager em, String costCenter, Integer year, String sort, int first, int max) {
        return conditions(costCenter, year).query(em, "SELECT b FROM Budget b", Conditions.orderBy(sort, SORTS, "b.id"),
                Budget.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em, String costCenter, Integer year) {
        return conditions(costCenter, year).count(em, "SELECT COUNT(b) FROM Budget b");
    }

    private static Conditions conditions(String costCenter, Integer year) {
        return new Conditions().when(costCenter, "b.costCenter = :cc", "cc")
                .when(year == null ? null : year + "%", "b.period LIKE :year", "year");
    }

    /** Per currency: what open orders in the budget's scope still owe beyond their invoices. */
    Map<String, BigDecimal> committedByCurrency(EntityManager em, Budget budget, UUID excludingOrder) {
        return byCurrency(em.createNativeQuery("SELECT po.currency, SUM(GREATEST(po.total - COALESCE(inv.invoiced, 0), 0))"
                + " FROM purchase_orders po LEFT JOIN (SELECT i.purchase_order_id, SUM(i.total) AS invoiced FROM invoices i"
                + " WHERE " + COUNTED_INVOICE + " GROUP BY i.purchase_order_id) inv ON inv.purchase_order_id = po.id"
                + " WHERE po.cost_center = ?1 AND po.order_date BETWEEN ?2 AND ?3 AND " + OPEN_ORDER + " AND po.id <> ?4"
                + " GROUP BY po.currency")
                .setParameter(1, budget.costCenter()).setParameter(2, Date.valueOf(budget.periodStart()))
                .setParameter(3, Date.valueOf(budget.periodEnd()))
                .setParameter(4, excludingOrder == null ? new UUID(0, 0) : excludingOrder).getResultList());
    }

    /** Per currency: invoices of the scope's orders. */
    Map<String, BigDecimal> spentByCurrency(EntityManager em, Budget budget) {
        return byCurrency(em.createNativeQuery("SELECT i.currency, SUM(i.total) FROM invoices i"
                + " JOIN purchase_orders po ON po.id = i.purchase_order_id"
                + " WHERE po.cost_center = ?1 AND po.order_date BETWEEN ?2 AND ?3 AND " + COUNTED_INVOICE
                + " GROUP BY i.currency")
                .setParameter(1, budget.costCenter()).setParameter(2, Date.valueOf(budget.periodStart()))
                .setParameter(3, Date.valueOf(budget.periodEnd())).getResultList());
    }

    private static Map<String, BigDecimal> byCurrency(List<?> rows) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            sums.put(((String) columns[0]).trim(), new BigDecimal(columns[1].toString()));
        }
        return sums;
    }
}
