package dev.procura.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class LoginFailureRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public void add(LoginFailure failure) {
        em.persist(failure);
    }

    public long countFromAddress(String address, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(f) FROM LoginFailure f WHERE f.clientAddress = :address"
                                + " AND f.occurredAt > :since",
                        Long.class)
                .setParameter("address", address)
                .setParameter("since", since)
                .getSingleResult();
    }

    public long countFromAddressFor(String address, String email, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(f) FROM LoginFailure f WHERE f.clientAddress = :address"
                                + " AND f.email = :email AND f.occurredAt > :since",
                        Long.class)
                .setParameter("address", address)
                .setParameter("email", email)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The oldest failure still inside the window: the block lifts when it leaves the window. */
    public Optional<Instant> oldestFromAddress(String address, String email, Instant since) {
        String query = "SELECT MIN(f.occurredAt) FROM LoginFailure f WHERE f.clientAddress = :address"
                + " AND f.occurredAt > :since" + (email == null ? "" : " AND f.email = :email");
        var typed = em.createQuery(query, Instant.class)
                .setParameter("address", address)
                .setParameter("since", since);
        if (email != null) {
            typed.setParameter("email", email);
        }
        return Optional.ofNullable(typed.getSingleResult());
    }

    public void forget(String address, String email) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.clientAddress = :address AND f.email = :email")
                .setParameter("address", address)
                .setParameter("email", email)
                .executeUpdate();
    }

    public int pruneBefore(Instant before) {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.occurredAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }
}
