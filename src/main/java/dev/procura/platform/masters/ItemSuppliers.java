package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Port implemented by the items capability: the supplier an item is bought from by default. */
public interface ItemSuppliers {

    /** The default supplier of those of {@code itemCodes} that have one, keyed by item code. */
    Map<String, UUID> defaultSuppliers(TenantTx tx, Collection<String> itemCodes);
}
