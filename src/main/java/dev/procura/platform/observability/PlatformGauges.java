package dev.procura.platform.observability;

import dev.procura.platform.persistence.ControlTransaction;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** Backlogs of the platform: events not yet on Kafka, batch jobs running. Read at most every 10 s. */
@ApplicationScoped
public class PlatformGauges {

    private static final Logger LOG = Logger.getLogger(PlatformGauges.class.getName());
    private static final List<String> JOBS = List.of("tenant-migrations", "file-reconciliation");
    private static final long TTL_NANOS = 10_000_000_000L;

    @PersistenceContext(unitName = "control")
    EntityManager control;

    @Inject
    ControlTransaction transaction;

    private final Cached<long[]> outbox = new Cached<>(TTL_NANOS);
    private final Cached<Long> running = new Cached<>(TTL_NANOS);

    /** Gauges are registered when the bean is created: create it with the application. */
    void register(@Observes Startup startup) {
        // nothing else to do
    }

    @Gauge(
            name = "procura_outbox_backlog",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Control-database events written but not yet published to Kafka")
    public long controlOutboxBacklog() {
        return outboxCounts()[0];
    }

    @Gauge(
            name = "procura_outbox_tenants_pending",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Tenants whose outbox holds events not yet published to Kafka")
    public long tenantsWithBacklog() {
        return outboxCounts()[1];
    }

    @Gauge(
            name = "procura_batch_jobs_running",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Batch job executions running (starting, started or stopping) in the cluster")
    public long batchJobsRunning() {
        return running.get(
                () -> {
                    JobOperator operator = BatchRuntime.getJobOperator();
                    long total = 0;
                    for (String job : JOBS) {
                        try {
                            total += operator.getRunningExecutions(job).size();
                        } catch (NoSuchJobException never) {
                            // that job has not run yet
                        }
                    }
                    return total;
                },
                -1L);
    }

    private long[] outboxCounts() {
        return outbox.get(
                () -> transaction.call(() -> {
                    Number unsent =
                            (Number) control.createNativeQuery("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
                                    .getSingleResult();
                    Number tenants = (Number) control.createNativeQuery("SELECT COUNT(*) FROM outbox_signals")
                            .getSingleResult();
                    return new long[] {unsent.longValue(), tenants.longValue()};
                }),
                new long[] {-1, -1});
    }

    /** A value recomputed when older than its time to live; a failure shows as the fallback (-1). */
    static final class Cached<T> {
        private final long ttlNanos;
        private T value;
        private long at;

        Cached(long ttlNanos) {
            this.ttlNanos = ttlNanos;
        }

        synchronized T get(java.util.function.Supplier<T> compute, T fallback) {
            if (value == null || System.nanoTime() - at > ttlNanos) {
                try {
                    value = compute.get();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Gauge could not be read", e);
                    value = fallback;
                }
                at = System.nanoTime();
            }
            return value;
        }
    }
}
