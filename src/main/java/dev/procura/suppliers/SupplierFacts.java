package dev.procura.suppliers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * What other capabilities may know about a supplier: who it is and its terms. Whether it may get
 * new business is {@link SupplierService#admitForNewBusiness}.
 */
@ApplicationScoped
public class SupplierFacts {

    public record Profile(UUID id, String code, String legalName, String currency, String paymentTerms) {
    }

    public Optional<Profile> profile(EntityManager em, UUID supplierId) {
        return Optional.ofNullable(em.find(Supplier.class, supplierId)).map(s -> new Profile(s.id(), s.code(),
                s.legalName(), s.currency(), s.paymentTerms()));
    }
}
