package dev.procura.typelists;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Queries on type lists and their values. */
@ApplicationScoped
public class TypeListRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "t.code", "name", "t.name", "created_at", "t.createdAt", "updated_at", "t.updatedAt");

    private static final String VALUE_ORDER = " ORDER BY v.sortOrder, v.code";

    /** Filters of the list of type lists: a code prefix, and text the code or name contains. */
    public record Filter(String codePrefix, String q) {}

    /** Filters of a list's values: under one parent (or at the top), active ones only. */
    public record ValueFilter(UUID parent, boolean topLevel, boolean activeOnly) {}

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return em.createQuery("SELECT t.id FROM TypeList t WHERE t.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(other -> !other.equals(self));
    }

    public java.util.Optional<UUID> idByCode(EntityManager em, String code) {
        return em.createQuery("SELECT t.id FROM TypeList t WHERE t.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<TypeList> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT t FROM TypeList t", Conditions.orderBy(sort, SORTS, "t.id"), TypeList.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(t) FROM TypeList t");
    }

    public boolean valueCodeTaken(EntityManager em, UUID listId, String code, UUID self) {
        return em.createQuery("SELECT v.id FROM TypeListValue v WHERE v.listId = :list AND v.code = :code", UUID.class)
                .setParameter("list", listId)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(other -> !other.equals(self));
    }

    public List<TypeListValue> values(EntityManager em, UUID listId, ValueFilter filter, int first, int max) {
        return valueConditions(listId, filter)
                .query(em, "SELECT v FROM TypeListValue v", "v.sortOrder, v.code", TypeListValue.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countValues(EntityManager em, UUID listId, ValueFilter filter) {
        return valueConditions(listId, filter).count(em, "SELECT COUNT(v) FROM TypeListValue v");
    }

    /** Every value of the list (or its active ones), in order. */
    public List<TypeListValue> allValues(EntityManager em, UUID listId, boolean activeOnly) {
        return em.createQuery(
                        "SELECT v FROM TypeListValue v WHERE v.listId = :list"
                                + (activeOnly ? " AND v.active = TRUE" : "") + VALUE_ORDER,
                        TypeListValue.class)
                .setParameter("list", listId)
                .getResultList();
    }

    /** Each value of the list with its parent (null at the top). */
    public Map<UUID, UUID> parents(EntityManager em, UUID listId) {
        Map<UUID, UUID> parentOf = new HashMap<>();
        em.createQuery("SELECT v.id, v.parentId FROM TypeListValue v WHERE v.listId = :list", Object[].class)
                .setParameter("list", listId)
                .getResultList()
                .forEach(row -> parentOf.put((UUID) row[0], (UUID) row[1]));
        return parentOf;
    }

    public long children(EntityManager em, UUID valueId) {
        return em.createQuery("SELECT COUNT(v) FROM TypeListValue v WHERE v.parentId = :parent", Long.class)
                .setParameter("parent", valueId)
                .getSingleResult();
    }

    private static Conditions conditions(Filter filter) {
        String prefix = filter.codePrefix() == null || filter.codePrefix().isBlank()
                ? null
                : escapeLike(filter.codePrefix().toLowerCase(Locale.ROOT)) + "%";
        return new Conditions()
                .when(prefix, "t.code LIKE :prefix", "prefix")
                .contains(filter.q(), "q", "LOWER(t.code)", "LOWER(t.name)");
    }

    private static Conditions valueConditions(UUID listId, ValueFilter filter) {
        return new Conditions()
                .when(listId, "v.listId = :list", "list")
                .when(filter.parent(), "v.parentId = :parent", "parent")
                .when(filter.topLevel(), "v.parentId IS NULL")
                .when(filter.activeOnly(), "v.active = TRUE");
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
