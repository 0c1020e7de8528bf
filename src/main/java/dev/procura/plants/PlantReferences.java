package dev.procura.plants;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/**
 * Implemented by each capability whose records may belong to a plant, so that a plant with
 * records is not deleted without plants reading those capabilities' tables.
 */
public interface PlantReferences {

    /** What kind of record this counts, e.g. "purchase_orders". */
    String records();

    long countAt(TenantTx tx, UUID plantId);
}
