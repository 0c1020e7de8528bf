package dev.procura.platform.production;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Port implemented by the production capability: the tenant's OEE and first-pass yield over a
 * period, from every work order's confirmations and downtime (all work centres and plants summed),
 * for dashboards. Runs in the caller's tenant transaction.
 */
public interface ShopFloorTotals {

    /** OEE and first-pass yield as ratios (4 decimals), null without the reports they need. */
    record Totals(BigDecimal oee, BigDecimal firstPassYield) {}

    /** Over the confirmations and downtime dated in {@code [from, to]}. */
    Totals between(TenantTx tx, LocalDate from, LocalDate to);
}
