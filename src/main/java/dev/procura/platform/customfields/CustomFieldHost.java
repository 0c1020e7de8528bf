package dev.procura.platform.customfields;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/**
 * An entity type that carries custom fields, declared by the capability that owns it: its API
 * name, the table whose {@code custom_fields} JSONB column holds the values, and whether a record
 * exists (for entity-reference fields). The custom fields capability finds every host through CDI,
 * so a new module's entity gains custom fields by declaring one.
 */
public interface CustomFieldHost {

    /** The API name of the entity type: {@code supplier}, {@code purchase_order}, … */
    String entityType();

    /** The table with the {@code custom_fields} column. */
    String table();

    /** Whether the tenant has a record of this type with this id. */
    boolean exists(TenantTx tx, UUID id);
}
