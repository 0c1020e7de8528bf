package dev.procura.production;

import dev.procura.platform.production.ShopFloorTotals;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** The tenant's OEE and first-pass yield over a period: the work centres' sums taken together. */
@ApplicationScoped
public class ProductionTotals implements ShopFloorTotals {

    private static final PlantScope EVERYWHERE = new PlantScope(true, Set.of());

    @Inject
    WorkOrderRepository orders;

    @Override
    public Totals between(TenantTx tx, LocalDate from, LocalDate to) {
        BigDecimal run = BigDecimal.ZERO;
        BigDecimal ideal = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        BigDecimal first = BigDecimal.ZERO;
        BigDecimal good = BigDecimal.ZERO;
        for (WorkOrderRepository.Tally t : orders.byWorkCentre(tx.em(), from, to, null, null, EVERYWHERE)) {
            run = run.add(t.runMinutes());
            ideal = ideal.add(t.idealMinutes());
            in = in.add(t.unitsIn());
            first = first.add(t.passedFirstTime());
            good = good.add(t.passedFirstTime()).add(t.reworked());
        }
        BigDecimal down = orders.downtime(tx.em(), from, to, null, null, EVERYWHERE).stream()
                .map(WorkOrderRepository.Stood::minutes)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(Oee.of(run, down, ideal, in, good).oee(), Oee.firstPassYield(first, in));
    }
}
