package dev.procura.accounts;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on the chart of accounts. */
@ApplicationScoped
public class GlAccountRepository {

    static final Map<String, String> SORTS = Map.of(
            "code",
            "a.code",
            "name",
            "a.name",
            "type",
            "a.type",
            "created_at",
            "a.createdAt",
            "updated_at",
            "a.updatedAt");

    /** Deeper than any chart: a walk up that goes on longer has met a cycle (which the rules prevent). */
    private static final int MAX_DEPTH = 100;

    /** Filters of the list: type, kind, parent, active, code or name contains. */
    public record Filter(String type, String kind, UUID parentId, Boolean active, String q) {}

    public Optional<GlAccount> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT a FROM GlAccount a WHERE LOWER(a.code) = :code", GlAccount.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return byCode(em, code).filter(other -> !other.id().equals(self)).isPresent();
    }

    public boolean any(EntityManager em) {
        return !em.createQuery("SELECT a.id FROM GlAccount a", UUID.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    long children(EntityManager em, UUID id, boolean activeOnly) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM GlAccount a WHERE a.parentId = :id"
                                + (activeOnly ? " AND a.active = TRUE" : ""),
                        Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The ids from {@code id} up to the root. */
    List<UUID> chain(EntityManager em, UUID id) {
        List<UUID> chain = new ArrayList<>();
        UUID at = id;
        while (at != null && chain.size() < MAX_DEPTH) {
            chain.add(at);
            GlAccount account = em.find(GlAccount.class, at);
            at = account == null ? null : account.parentId();
        }
        return chain;
    }

    public List<GlAccount> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT a FROM GlAccount a", Conditions.orderBy(sort, SORTS, "a.id"), GlAccount.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(a) FROM GlAccount a");
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .when(filter.type(), "a.type = :type", "type")
                .when(filter.kind(), "a.kind = :kind", "kind")
                .when(filter.parentId(), "a.parentId = :parent", "parent")
                .when(filter.active(), "a.active = :active", "active")
                .contains(filter.q(), "q", "LOWER(a.code)", "LOWER(a.name)");
    }
}
