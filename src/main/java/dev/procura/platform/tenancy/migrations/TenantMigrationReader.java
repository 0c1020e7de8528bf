package dev.procura.platform.tenancy.migrations;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.UUID;

/** The tenant ids of this partition, in id order, resuming after the checkpointed id. */
@Named
@Dependent
public class TenantMigrationReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    TenantMigrationRepository repository;

    @Inject
    StepContext step;

    private Iterator<UUID> tenants;
    private UUID last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? null : UUID.fromString((String) checkpoint);
        int slice = Integer.parseInt(partition);
        int slices = Integer.parseInt(partitions);
        tenants = repository.tenantIdsAfter(last).stream()
                .filter(id -> Math.floorMod(id.hashCode(), slices) == slice).iterator();
    }

    @Override
    public Object readItem() {
        if (!tenants.hasNext()) {
            return null;
        }
        last = tenants.next();
        return last;
    }

    @Override
    public Serializable checkpointInfo() {
        return last == null ? null : last.toString();
    }
}
