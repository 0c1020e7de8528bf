package dev.procura.platform.customfields;

import dev.procura.platform.tenancy.TenantTx;
import java.util.UUID;

/** A {@link CustomFieldHost} whose records are one JPA entity, found by id. */
public abstract class EntityCustomFieldHost implements CustomFieldHost {

    private final String entityType;
    private final String table;
    private final Class<?> entity;

    protected EntityCustomFieldHost(String entityType, String table, Class<?> entity) {
        this.entityType = entityType;
        this.table = table;
        this.entity = entity;
    }

    @Override
    public String entityType() {
        return entityType;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public boolean exists(TenantTx tx, UUID id) {
        return tx.em().find(entity, id) != null;
    }
}
