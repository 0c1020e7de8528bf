package dev.procura.suppliers;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know about a supplier: who it is and its terms. Whether it may get
 * new business is {@link SupplierService#admitForNewBusiness}.
 */
@ApplicationScoped
public class SupplierFacts {

    public record Profile(UUID id, String code, String legalName, String currency, String paymentTerms) {}

    /**
     * Of these ids, those that name a supplier of the tenant, each with whether it is active (may
     * get new business); in one query, for a page of records or a chunk of imported rows.
     */
    public Map<UUID, Boolean> activeByIds(TenantTx tx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Boolean> found = new HashMap<>();
        for (Supplier s : tx.em()
                .createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids", Supplier.class)
                .setParameter("ids", ids)
                .getResultList()) {
            found.put(s.id(), s.isActive());
        }
        return found;
    }

    public Optional<Profile> profile(TenantTx tx, UUID supplierId) {
        return Optional.ofNullable(tx.em().find(Supplier.class, supplierId))
                .map(s -> new Profile(s.id(), s.code(), s.legalName(), s.currency(), s.paymentTerms()));
    }
}
