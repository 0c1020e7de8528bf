package dev.procura.plans;

import dev.procura.platform.persistence.ControlNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans and the tenants' plan history in the control database. */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<Plan> find(UUID id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    public Optional<Plan> byCode(String code) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.code = :code", Plan.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Plan> all(int first, int max) {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.code", Plan.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Plan p", Long.class).getSingleResult();
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<TenantPlan> currentOf(UUID tenantId) {
        return em.createQuery(
                        "SELECT t FROM TenantPlan t WHERE t.tenantId = :tenant AND t.effectiveTo IS NULL",
                        TenantPlan.class)
                .setParameter("tenant", tenantId)
                .getResultStream()
                .findFirst();
    }

    /** The tenant's plan history, newest first. */
    public List<TenantPlan> historyOf(UUID tenantId) {
        return em.createQuery(
                        "SELECT t FROM TenantPlan t WHERE t.tenantId = :tenant ORDER BY t.effectiveFrom DESC, t.id",
                        TenantPlan.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    /** The plan periods that overlap [from, to), for billing. */
    public List<TenantPlan> periodsOverlapping(java.time.Instant from, java.time.Instant to) {
        return em.createQuery(
                        "SELECT t FROM TenantPlan t WHERE t.effectiveFrom < :to"
                                + " AND (t.effectiveTo IS NULL OR t.effectiveTo > :from)"
                                + " ORDER BY t.tenantId, t.effectiveFrom",
                        TenantPlan.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Tenants on a plan with a trial whose current period began before {@code startedBefore}. */
    public List<TenantPlan> trialsStartedBefore(java.time.Instant startedBefore) {
        return em.createQuery(
                        "SELECT t FROM TenantPlan t, Plan p WHERE t.planId = p.id AND t.effectiveTo IS NULL"
                                + " AND p.trialDays IS NOT NULL AND t.effectiveFrom < :before",
                        TenantPlan.class)
                .setParameter("before", startedBefore)
                .getResultList();
    }

    /** Tells every server (after commit) to drop its cached entry. */
    public void announce(String topic, String key) {
        ControlNotifications.publish(em, topic, key);
    }
}
