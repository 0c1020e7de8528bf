package dev.procura.budgets;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on budgets. */
@ApplicationScoped
public class BudgetRepository {

    static final Map<String, String> SORTS = Map.of(
            "cost_center",
            "b.costCenter",
            "period_start",
            "b.periodStart",
            "amount",
            "b.amount",
            "created_at",
            "b.createdAt");

    public Optional<Budget> find(EntityManager em, String costCenter, String period) {
        return em
                .createQuery("SELECT b FROM Budget b WHERE b.costCenter = :cc AND b.period = :period", Budget.class)
                .setParameter("cc", costCenter)
                .setParameter("period", period)
                .getResultList()
                .stream()
                .findFirst();
    }

    public List<Budget> covering(EntityManager em, String costCenter, LocalDate date) {
        return em.createQuery(
                        "SELECT b FROM Budget b WHERE b.costCenter = :cc AND b.periodStart <= :date"
                                + " AND b.periodEnd >= :date ORDER BY b.periodStart, b.periodEnd",
                        Budget.class)
                .setParameter("cc", costCenter)
                .setParameter("date", date)
                .getResultList();
    }

    public List<Budget> list(EntityManager em, String costCenter, Integer year, String sort, int first, int max) {
        return conditions(costCenter, year)
                .query(em, "SELECT b FROM Budget b", Conditions.orderBy(sort, SORTS, "b.id"), Budget.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, String costCenter, Integer year) {
        return conditions(costCenter, year).count(em, "SELECT COUNT(b) FROM Budget b");
    }

    private static Conditions conditions(String costCenter, Integer year) {
        return new Conditions()
                .when(costCenter, "b.costCenter = :cc", "cc")
                .when(year == null ? null : year + "%", "b.period LIKE :year", "year");
    }
}
