package dev.procura.customers;

import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on customers. */
@ApplicationScoped
public class CustomerRepository {

    static final Map<String, String> SORTS = Map.of(
            "code", "c.code",
            "legal_name", "c.legalName",
            "currency", "c.currency",
            "status", "c.status",
            "created_at", "c.createdAt",
            "updated_at", "c.updatedAt");

    /** Filters of the customer list; null fields do not filter. {@code q}: code, legal name or tax id contains. */
    public record Filter(String q, String status, String currency) {}

    public List<Customer> list(
            EntityManager em, Filter filter, CustomFieldCriteria custom, String sort, int first, int max) {
        return custom.applyTo(conditions(filter))
                .query(em, "SELECT c FROM Customer c", custom.orderBy(sort, SORTS, "c.id"), Customer.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter, CustomFieldCriteria custom) {
        return custom.applyTo(conditions(filter)).count(em, "SELECT COUNT(c) FROM Customer c");
    }

    /** The customer with this code in any case. */
    public Optional<Customer> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT c FROM Customer c WHERE LOWER(c.code) = :code", Customer.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return byCode(em, code).filter(other -> !other.id().equals(self)).isPresent();
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .contains(f.q(), "q", "LOWER(c.code)", "LOWER(c.legalName)", "LOWER(c.taxId)")
                .when(f.status(), "c.status = :status", "status")
                .when(f.currency(), "c.currency = :currency", "currency");
    }
}
