package dev.procura.platform.exports;

import dev.procura.platform.tenancy.TenantTx;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records of one type a capability lets others export (conversions, reports), read in pages
 * through the capability itself. Records come in the order of their unique key, so a reader can
 * resume after the last key it saw.
 */
public interface RecordSource {

    /** The source type's API name: purchase_order, invoice, … */
    String type();

    /** The permission a member needs to read these records. */
    String readPermission();

    List<ExportField> fields();

    /** The fields of a record's lines; empty if its records have none. */
    List<ExportField> lineFields();

    /** The filter keys {@link #after} and {@link #count} accept. */
    Set<String> filters();

    /** How many records the filter selects; a filter value it cannot read is a 400 problem naming it. */
    long count(TenantTx tx, Map<String, String> filter);

    /** At most {@code limit} records the filter selects whose key comes after {@code afterKey} (null: from the first). */
    List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit);

    /** The records with these ids, in the given order; ids that are not this tenant's records are left out. */
    List<ExportRecord> byIds(TenantTx tx, List<UUID> ids);
}
