package dev.procura.paymentterms;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on payment terms. */
@ApplicationScoped
public class PaymentTermRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "t.code", "net_days", "t.netDays", "created_at", "t.createdAt", "updated_at", "t.updatedAt");

    /** Filters of the list: code or description contains, active ones only. */
    public record Filter(String q, Boolean active) {}

    public Optional<PaymentTerm> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT t FROM PaymentTerm t WHERE t.code = :code", PaymentTerm.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return byCode(em, code).filter(other -> !other.id().equals(self)).isPresent();
    }

    public List<PaymentTerm> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT t FROM PaymentTerm t", Conditions.orderBy(sort, SORTS, "t.id"), PaymentTerm.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(t) FROM PaymentTerm t");
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(t.code)", "LOWER(t.description)")
                .when(filter.active(), "t.active = :active", "active");
    }
}
