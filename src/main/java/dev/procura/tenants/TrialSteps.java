package dev.procura.tenants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The trial steps taken, one row per tenant and step: claiming a step is inserting its row. */
@ApplicationScoped
public class TrialSteps {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    /** True when this call took the step (no one had). */
    @Transactional
    public boolean claim(UUID tenantId, String step, Instant now, String detail) {
        return em.createNativeQuery("INSERT INTO trial_steps (tenant_id, step, done_at, detail) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT DO NOTHING")
                        .setParameter(1, tenantId)
                        .setParameter(2, step)
                        .setParameter(3, Timestamp.from(now))
                        .setParameter(4, detail)
                        .executeUpdate()
                == 1;
    }

    /** Gives a step back when its action failed, so the next check tries again. */
    @Transactional
    public void release(UUID tenantId, String step) {
        em.createNativeQuery("DELETE FROM trial_steps WHERE tenant_id = ?1 AND step = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, step)
                .executeUpdate();
    }

    @Transactional
    public void note(UUID tenantId, String step, String detail) {
        em.createNativeQuery("UPDATE trial_steps SET detail = ?3 WHERE tenant_id = ?1 AND step = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, step)
                .setParameter(3, detail)
                .executeUpdate();
    }

    /** The step's detail (empty string when it has none), or empty when not taken. */
    @Transactional
    public Optional<String> taken(UUID tenantId, String step) {
        List<?> rows = em.createNativeQuery(
                        "SELECT COALESCE(detail, '') FROM trial_steps WHERE tenant_id = ?1 AND step = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, step)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }
}
