package dev.procura.platform.buying;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the RFQs capability: what suppliers may know about quotes. Periods include
 * both ends; every call runs in the caller's tenant transaction.
 */
public interface Quotes {

    /** A supplier's quotes to sent RFQs, and the mean hours from RFQ sent to quote received (exact, or null). */
    record Responses(long quotes, BigDecimal averageHours) {}

    /** Lines of these quotes, filed under their quote. */
    List<PricedLine> lines(TenantTx tx, Collection<UUID> quoteIds);

    /** The supplier's quotes received in the period. */
    Responses responses(TenantTx tx, UUID supplierId, LocalDate from, LocalDate to);
}
