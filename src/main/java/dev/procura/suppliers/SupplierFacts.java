package dev.procura.suppliers;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know about a supplier: who it is and its terms. Whether it may get
 * new business is {@link SupplierService#admitForNewBusiness}.
 */
@ApplicationScoped
public class SupplierFacts {

    public record Profile(UUID id, String code, String legalName, String currency, String paymentTerms) {}

    public Optional<Profile> profile(TenantTx tx, UUID supplierId) {
        return Optional.ofNullable(tx.em().find(Supplier.class, supplierId))
                .map(s -> new Profile(s.id(), s.code(), s.legalName(), s.currency(), s.paymentTerms()));
    }
}
