package dev.procura.branding;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Control database: the slug and custom domain of each tenant's branding, unique across tenants.
 * A claim commits on its own (before the tenant's transaction does), so the tenant's change can
 * be undone by {@link #point} with the previous address if its own transaction fails.
 */
@ApplicationScoped
public class BrandAddressRepository {

    /** A tenant's public address; either part may be absent. */
    public record Address(String slug, String customDomain) {
        static final Address NONE = new Address(null, null);
    }

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<UUID> tenantOfSlug(String slug) {
        return em.createQuery("SELECT a.tenantId FROM BrandAddress a WHERE a.slug = :slug", UUID.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public Optional<UUID> tenantOfDomain(String domain) {
        return em.createQuery("SELECT a.tenantId FROM BrandAddress a WHERE a.customDomain = :domain", UUID.class)
                .setParameter("domain", domain)
                .getResultStream()
                .findFirst();
    }

    public Address of(UUID tenantId) {
        BrandAddress address = em.find(BrandAddress.class, tenantId);
        return address == null ? Address.NONE : new Address(address.slug(), address.customDomain());
    }

    /**
     * Points the tenant's slug and domain at the given ones and returns the previous; a slug or
     * domain another tenant holds is a 409 and changes nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Address point(UUID tenantId, Address wanted, Instant now) {
        requireFree(tenantId, wanted);
        BrandAddress address = em.find(BrandAddress.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        Address previous = address == null ? Address.NONE : new Address(address.slug(), address.customDomain());
        if (address == null) {
            address = new BrandAddress(tenantId);
            address.point(wanted.slug(), wanted.customDomain(), now);
            em.persist(address);
        } else {
            address.point(wanted.slug(), wanted.customDomain(), now);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Taken by a concurrent claim between the check and the write.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new Failure.Conflict(
                            ProblemType.BRANDING_ADDRESS_TAKEN,
                            "Another tenant has just taken this slug or custom domain");
                }
            }
            throw e;
        }
        return previous;
    }

    private void requireFree(UUID tenantId, Address wanted) {
        if (wanted.slug() != null
                && tenantOfSlug(wanted.slug()).filter(t -> !t.equals(tenantId)).isPresent()) {
            throw new Failure.Conflict(
                    ProblemType.BRANDING_ADDRESS_TAKEN,
                    "Another tenant uses the slug " + wanted.slug(),
                    java.util.Map.of("field", "slug"));
        }
        if (wanted.customDomain() != null
                && tenantOfDomain(wanted.customDomain())
                        .filter(t -> !t.equals(tenantId))
                        .isPresent()) {
            throw new Failure.Conflict(
                    ProblemType.BRANDING_ADDRESS_TAKEN,
                    "Another tenant uses the custom domain " + wanted.customDomain(),
                    java.util.Map.of("field", "custom_domain"));
        }
    }
}
