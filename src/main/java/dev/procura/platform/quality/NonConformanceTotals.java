package dev.procura.platform.quality;

import dev.procura.platform.tenancy.TenantTx;
import java.time.LocalDate;

/** Port implemented by the NCRs capability: how many NCRs the tenant raised in a period, for dashboards. */
public interface NonConformanceTotals {

    /** NCRs raised in {@code [from, to]} (both days included), of every source, supplier and plant. */
    long raisedBetween(TenantTx tx, LocalDate from, LocalDate to);
}
