package dev.procura.platform.batch;

import dev.procura.platform.tenancy.TenantDatabaseRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.UUID;

/**
 * Reads the id of every tenant with a database, in id order, for jobs that walk all tenants.
 * Partitioned jobs pass {@code partition}/{@code partitions}: each partition takes the ids that
 * hash to it. The checkpoint is the last id read, so a restart resumes after it; it is also kept
 * with the job's lease ({@link LeasedJobListener}), so a server taking over a dead server's run
 * resumes after it too.
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

    /** Set when this run took over a dead server's lease (job parameter {@link JobLeases#TAKEN_OVER}). */
    @Inject
    @BatchProperty(name = "takenOver")
    String takenOver;

    @Inject
    JobContext job;

    @Inject
    JobLeases leases;

    private int slice;

    private Iterator<UUID> tenants;
    private UUID last;

    @Override
    public void open(Serializable checkpoint) {
        slice = partition == null ? 0 : Integer.parseInt(partition);
        String resumeAfter = checkpoint == null ? takenOverAt() : (String) checkpoint;
        last = resumeAfter == null ? null : UUID.fromString(resumeAfter);
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
        if (last == null) {
            return null;
        }
        leases.checkpoint(job.getJobName(), job.getJobName(), slice, last.toString());
        return last.toString();
    }

    /** Where the run whose lease this one took over got to; null for a run of its own. */
    private String takenOverAt() {
        if (!"true".equals(takenOver)) {
            return null;
        }
        return leases.checkpoint(job.getJobName(), job.getJobName(), slice).orElse(null);
    }
}
