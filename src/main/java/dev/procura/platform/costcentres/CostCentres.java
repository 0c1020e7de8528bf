package dev.procura.platform.costcentres;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's cost centres, for capabilities whose documents name one by code (budgets, purchase
 * orders) without reading the master's tables. Implemented by the cost centres capability.
 */
public interface CostCentres {

    /**
     * The stored code of the cost centre named by {@code code} (in any case), when it exists, is
     * active and is valid today; otherwise a validation failure on {@code field} that says to add
     * it under /cost-centres.
     */
    String requireActive(TenantTx tx, String code, String field);

    /** The id of the cost centre with this stored code, if there is one. */
    Optional<UUID> idOf(TenantTx tx, String code);
}
