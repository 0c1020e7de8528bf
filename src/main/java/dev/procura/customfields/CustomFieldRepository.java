package dev.procura.customfields;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Queries on custom field definitions, and on the values in a host's {@code custom_fields} column
 * (the host names its table; keys are bound, never inlined).
 */
@ApplicationScoped
public class CustomFieldRepository {

    static final Map<String, String> SORTS =
            Map.of("sort_order", "f.sortOrder", "key", "f.key", "label", "f.label", "created_at", "f.createdAt");

    /** Filters of the list: one entity type, archived ones too, text the key or label contains. */
    public record Filter(String entityType, boolean includeArchived, String q) {}

    /** Every definition of the entity type (archived ones too), in their order. */
    public List<CustomFieldDefinition> forEntity(EntityManager em, String entityType) {
        return em.createQuery(
                        "SELECT f FROM CustomFieldDefinition f WHERE f.entityType = :type ORDER BY f.sortOrder, f.key",
                        CustomFieldDefinition.class)
                .setParameter("type", entityType)
                .getResultList();
    }

    public List<CustomFieldDefinition> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(
                        em,
                        "SELECT f FROM CustomFieldDefinition f",
                        Conditions.orderBy(sort, SORTS, "f.entityType, f.id"),
                        CustomFieldDefinition.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(f) FROM CustomFieldDefinition f");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(f.entityType(), "f.entityType = :type", "type")
                .when(!f.includeArchived(), "f.archivedAt IS NULL")
                .contains(f.q(), "q", "LOWER(f.key)", "LOWER(f.label)");
    }

    public boolean keyTaken(EntityManager em, String entityType, String key) {
        return em.createQuery(
                                "SELECT COUNT(f) FROM CustomFieldDefinition f WHERE f.entityType = :type AND f.key = :key",
                                Long.class)
                        .setParameter("type", entityType)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0;
    }

    /** Fields that count for the plan: every field not archived, of every entity type. */
    public long countLive(EntityManager em) {
        return em.createQuery("SELECT COUNT(f) FROM CustomFieldDefinition f WHERE f.archivedAt IS NULL", Long.class)
                .getSingleResult();
    }

    public long countLive(EntityManager em, String entityType, boolean indexedOnly) {
        return em.createQuery(
                        "SELECT COUNT(f) FROM CustomFieldDefinition f WHERE f.entityType = :type AND f.archivedAt IS NULL"
                                + (indexedOnly ? " AND f.indexed = TRUE" : ""),
                        Long.class)
                .setParameter("type", entityType)
                .getSingleResult();
    }

    /** How many records of the host table hold a value for the key. */
    public long holding(EntityManager em, String table, String key) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE jsonb_exists(custom_fields, ?1)")
                .setParameter(1, key)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** Removes the key's values from every record of the host table; how many records changed. */
    public int purge(EntityManager em, String table, String key) {
        return em.createNativeQuery("UPDATE " + table
                        + " SET custom_fields = custom_fields - CAST(?1 AS text) WHERE jsonb_exists(custom_fields, ?1)")
                .setParameter(1, key)
                .executeUpdate();
    }

    public CustomFieldDefinition find(EntityManager em, UUID id) {
        return em.find(CustomFieldDefinition.class, id);
    }
}
