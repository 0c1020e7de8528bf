package dev.procura.platform.search;

import dev.procura.platform.tenancy.TenantTx;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The records of one type a capability lets the tenant's search find, read through the capability
 * itself: one record's entry (after it changed), and every record in id order (to rebuild the
 * index). The index is derived data: a source reads its own records and never writes the index.
 */
public interface SearchSource {

    /**
     * The record type of changes no event names ({@code record.changed}, which the audit trail
     * seals): their key may be the id of a record of any type.
     */
    String ANY_RECORD = "record";

    /** The record type's API name, also the prefix of its events: {@code purchase_order}, {@code document}, … */
    String type();

    /** The permission a member needs to find these records. */
    String readPermission();

    /** The record's entry; empty if the tenant has no such record (any more). */
    Optional<SearchEntry> entry(TenantTx tx, UUID id);

    /** At most {@code limit} entries of the records after {@code afterId} (null: from the first), in id order. */
    List<SearchEntry> after(TenantTx tx, UUID afterId, int limit);

    /**
     * The ids of this source's records whose entries show something of a record that just changed
     * ({@code changedType}, {@code changedId}), such as the orders naming a renamed supplier.
     */
    default Set<UUID> dependents(TenantTx tx, String changedType, UUID changedId) {
        return Set.of();
    }
}
