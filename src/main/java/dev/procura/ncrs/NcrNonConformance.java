package dev.procura.ncrs;

import dev.procura.platform.quality.NonConformanceTotals;
import dev.procura.platform.quality.SupplierNonConformance;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/** The NCRs raised in a period: against a supplier, for its scorecard; all of them, for dashboards. */
@ApplicationScoped
public class NcrNonConformance implements SupplierNonConformance, NonConformanceTotals {

    @Inject
    NcrRepository ncrs;

    @Override
    public NonConformance of(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to) {
        Object[] row = ncrs.bySupplier(tx.em(), supplierId, from, to);
        return new NonConformance(((Number) row[0]).longValue(), NcrRepository.decimal(row[1]));
    }

    @Override
    public long raisedBetween(TenantTx tx, LocalDate from, LocalDate to) {
        return ncrs.raisedBetween(tx.em(), from, to);
    }
}
