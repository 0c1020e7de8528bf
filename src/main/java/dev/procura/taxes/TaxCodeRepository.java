package dev.procura.taxes;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on tax codes. */
@ApplicationScoped
public class TaxCodeRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "t.code", "name", "t.name", "created_at", "t.createdAt", "updated_at", "t.updatedAt");

    /** Filters of the list: code or name contains, active ones only, inclusive ones only. */
    public record Filter(String q, Boolean active, Boolean inclusive) {}

    public Optional<TaxCode> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT t FROM TaxCode t WHERE LOWER(t.code) = :code", TaxCode.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return byCode(em, code).filter(other -> !other.id().equals(self)).isPresent();
    }

    public List<TaxCode> active(EntityManager em) {
        return em.createQuery("SELECT t FROM TaxCode t WHERE t.active = TRUE ORDER BY t.code", TaxCode.class)
                .getResultList();
    }

    public boolean any(EntityManager em) {
        return !em.createQuery("SELECT t.id FROM TaxCode t", UUID.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long namingAccount(EntityManager em, UUID accountId) {
        return em.createQuery("SELECT COUNT(t) FROM TaxCode t WHERE t.inputTaxAccountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
    }

    public List<TaxCode> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT t FROM TaxCode t", Conditions.orderBy(sort, SORTS, "t.id"), TaxCode.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(t) FROM TaxCode t");
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(t.code)", "LOWER(t.name)")
                .when(filter.active(), "t.active = :active", "active")
                .when(filter.inclusive(), "t.inclusive = :inclusive", "inclusive");
    }
}
