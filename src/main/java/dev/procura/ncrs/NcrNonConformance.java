package dev.procura.ncrs;

import dev.procura.platform.quality.SupplierNonConformance;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** The NCRs raised against a supplier in a period, for its scorecard. */
@ApplicationScoped
public class NcrNonConformance implements SupplierNonConformance {

    @Inject
    NcrRepository ncrs;

    @Override
    public NonConformance of(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        Object[] row = ncrs.bySupplier(tx.em(), supplierId, from, to);
        return new NonConformance(((Number) row[0]).longValue(), NcrRepository.decimal(row[1]));
    }
}
