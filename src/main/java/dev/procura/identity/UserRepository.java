package dev.procura.identity;

import dev.procura.platform.persistence.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<User> findByEmail(String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", User.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** The user row locked until the transaction ends, for read-modify-write of counters. */
    public Optional<User> lock(UUID id) {
        return Optional.ofNullable(em.find(User.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public java.util.List<User> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    List<UserFacts.Contact> contacts(Collection<UUID> ids) {
        List<?> rows = em.createNativeQuery(
                        "SELECT CAST(id AS VARCHAR), email, first_name || ' ' || last_name FROM users"
                                + " WHERE id = ANY (CAST(?1 AS UUID[])) ORDER BY email")
                .setParameter(1, SqlArrays.of(ids))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new UserFacts.Contact(UUID.fromString((String) r[0]), (String) r[1], (String) r[2]))
                .toList();
    }

    /** Users whose email or name contains {@code text} (any case; null: all), active or deactivated or both (null), by email. */
    public List<User> search(String text, Boolean deactivated, int first, int max) {
        return em.createQuery("SELECT u FROM User u" + where(deactivated) + " ORDER BY u.email", User.class)
                .setParameter("text", pattern(text))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(String text, Boolean deactivated) {
        return em.createQuery("SELECT COUNT(u) FROM User u" + where(deactivated), Long.class)
                .setParameter("text", pattern(text))
                .getSingleResult();
    }

    private static String where(Boolean deactivated) {
        String status = deactivated == null
                ? ""
                : deactivated ? " AND u.deactivatedAt IS NOT NULL" : " AND u.deactivatedAt IS NULL";
        return " WHERE (:text = '' OR LOWER(u.email) LIKE :text OR LOWER(u.firstName) LIKE :text"
                + " OR LOWER(u.lastName) LIKE :text OR LOWER(CONCAT(u.firstName, ' ', u.lastName)) LIKE :text)"
                + status;
    }

    /** {@code %text%} in lower case with LIKE's wildcards taken literally; empty for no text. */
    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String literal = text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[%_\\\\]", "");
        return "%" + literal + "%";
    }

    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    /** Every server forgets the user's cached profile when this transaction commits. */
    public void announceChanged(UUID userId) {
        IdentityCache.announceUserChanged(em, userId);
    }
}
