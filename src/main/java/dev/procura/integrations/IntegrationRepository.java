package dev.procura.integrations;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on integration systems, mappings, runs and messages. */
@ApplicationScoped
public class IntegrationRepository {

    static final Map<String, String> MESSAGE_SORTS = Map.of(
            "created_at", "m.createdAt",
            "updated_at", "m.updatedAt",
            "status", "m.status",
            "attempts", "m.attempts");

    /** Filters of a system's message list; {@code from}/{@code to} bound the creation time ({@code to} excluded). */
    public record MessageFilter(
            UUID systemId, String status, String direction, String entityType, Instant from, Instant to) {}

    List<IntegrationSystem> systems(EntityManager em) {
        return em.createQuery("SELECT s FROM IntegrationSystem s ORDER BY s.code", IntegrationSystem.class)
                .getResultList();
    }

    List<IntegrationSystem> enabledSystems(EntityManager em) {
        return em.createQuery(
                        "SELECT s FROM IntegrationSystem s WHERE s.enabled = TRUE ORDER BY s.code",
                        IntegrationSystem.class)
                .getResultList();
    }

    Optional<IntegrationSystem> system(EntityManager em, String code) {
        return em.createQuery("SELECT s FROM IntegrationSystem s WHERE s.code = :code", IntegrationSystem.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    List<IntegrationMessage> messages(EntityManager em, MessageFilter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(
                        em,
                        "SELECT m FROM IntegrationMessage m",
                        Conditions.orderBy(sort, MESSAGE_SORTS, "m.id"),
                        IntegrationMessage.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countMessages(EntityManager em, MessageFilter filter) {
        return conditions(filter).count(em, "SELECT COUNT(m) FROM IntegrationMessage m");
    }

    private static Conditions conditions(MessageFilter f) {
        return new Conditions()
                .when(f.systemId(), "m.systemId = :system", "system")
                .when(f.status(), "m.status = :status", "status")
                .when(f.direction(), "m.direction = :direction", "direction")
                .when(f.entityType(), "m.entityType = :type", "type")
                .when(f.from(), "m.createdAt >= :from", "from")
                .when(f.to(), "m.createdAt < :to", "to");
    }

    List<IntegrationMapping> mappings(EntityManager em, UUID systemId, String entityType, int first, int max) {
        return mappingConditions(systemId, entityType)
                .query(
                        em,
                        "SELECT m FROM IntegrationMapping m",
                        "m.entityType, m.ourId, m.id",
                        IntegrationMapping.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countMappings(EntityManager em, UUID systemId, String entityType) {
        return mappingConditions(systemId, entityType).count(em, "SELECT COUNT(m) FROM IntegrationMapping m");
    }

    private static Conditions mappingConditions(UUID systemId, String entityType) {
        return new Conditions()
                .when(systemId, "m.systemId = :system", "system")
                .when(entityType, "m.entityType = :type", "type");
    }

    /** The system's mappings of any of these ids of ours. */
    List<IntegrationMapping> mappingsOf(EntityManager em, UUID systemId, Collection<String> ourIds) {
        if (ourIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM IntegrationMapping m WHERE m.systemId = :system AND m.ourId IN :ids",
                        IntegrationMapping.class)
                .setParameter("system", systemId)
                .setParameter("ids", ourIds)
                .getResultList();
    }

    Optional<IntegrationMapping> ours(EntityManager em, UUID systemId, String entityType, String ourId) {
        return em.createQuery(
                        "SELECT m FROM IntegrationMapping m WHERE m.systemId = :system AND m.entityType = :type"
                                + " AND m.ourId = :ours",
                        IntegrationMapping.class)
                .setParameter("system", systemId)
                .setParameter("type", entityType)
                .setParameter("ours", ourId)
                .getResultStream()
                .findFirst();
    }

    Optional<IntegrationMapping> theirs(EntityManager em, UUID systemId, String entityType, String externalId) {
        return em.createQuery(
                        "SELECT m FROM IntegrationMapping m WHERE m.systemId = :system AND m.entityType = :type"
                                + " AND m.externalId = :theirs",
                        IntegrationMapping.class)
                .setParameter("system", systemId)
                .setParameter("type", entityType)
                .setParameter("theirs", externalId)
                .getResultStream()
                .findFirst();
    }

    /**
     * Up to {@code limit} outbound messages of enabled systems due now, locked; rows another
     * server's sender holds are skipped.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockDue(EntityManager em, Instant now, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT m.id FROM integration_messages m"
                        + " WHERE m.status IN ('pending', 'failed') AND m.direction = 'outbound'"
                        + " AND m.next_attempt_at <= ?1"
                        + " AND m.system_id IN (SELECT s.id FROM integration_systems s WHERE s.enabled)"
                        + " ORDER BY m.next_attempt_at, m.id LIMIT ?2 FOR UPDATE OF m SKIP LOCKED")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream()
                .map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString()))
                .toList();
    }

    /** When the next outbound message of an enabled system is due, if any is waiting. */
    Optional<Instant> nextDue(EntityManager em) {
        Object next = em.createNativeQuery("SELECT MIN(m.next_attempt_at) FROM integration_messages m"
                        + " WHERE m.status IN ('pending', 'failed') AND m.direction = 'outbound'"
                        + " AND m.system_id IN (SELECT s.id FROM integration_systems s WHERE s.enabled)")
                .getSingleResult();
        if (next instanceof java.sql.Timestamp timestamp) {
            return Optional.of(timestamp.toInstant());
        }
        if (next instanceof java.time.OffsetDateTime offset) {
            return Optional.of(offset.toInstant());
        }
        return next instanceof Instant instant ? Optional.of(instant) : Optional.empty();
    }
}
