package dev.procura.platform.batch;

import dev.procura.platform.tenancy.TenantDatabaseRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.UUID;

/**
 * Reads the id of every tenant with a database, in id order, for jobs that walk all tenants.
 * Partitioned jobs pass {@code partition}/{@code partitions}: each partition takes the ids that
 * hash to it. The checkpoint is the last id read, so a restart resumes after it.
 */
@Named
@Dependent
public class TenantIdReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "partition")
    String partition;

    @Inject
    @BatchProperty(name = "partitions")
    String partitions;

    @Inject
    TenantDatabaseRepository databases;

    private Iterator<UUID> tenants;
    private UUID last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? null : UUID.fromString((String) checkpoint);
        int slice = partition == null ? 0 : Integer.parseInt(partition);
        int slices = partitions == null ? 1 : Integer.parseInt(partitions);
        tenants = databases.idsAfter(last, Integer.MAX_VALUE).stream()
                .filter(id -> Math.floorMod(id.hashCode(), slices) == slice)
                .iterator();
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
