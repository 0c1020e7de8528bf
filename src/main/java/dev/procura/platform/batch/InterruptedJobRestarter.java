package dev.procura.platform.batch;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes the jobs a crash of this server interrupted. When Liberty's batch persistence starts it
 * marks the executions this server left running as FAILED; the latest execution of each
 * restartable job that was failed that way is restarted, and resumes from its last checkpoint.
 * Runs in the background so start-up does not wait for it.
 */
@ApplicationScoped
public class InterruptedJobRestarter {

    @Inject
    Clock clock;

    /** Jobs whose steps checkpoint and are safe to run again from a checkpoint. */
    static final Set<String> RESTARTABLE = Set.of("tenant-migrations", "file-reconciliation");

    private static final Duration RECENT = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(InterruptedJobRestarter.class.getName());

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Instant startedAt = clock.instant();
        // Runs on its own; failures are logged by restartInterrupted itself.
        Future<?> unused = executor.submit(() -> restartInterrupted(startedAt));
    }

    void restartInterrupted(Instant startedAt) {
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            // Touching the repository makes Liberty fail this server's stale executions first.
            Set<String> known = operator.getJobNames();
            for (String job : RESTARTABLE) {
                if (!known.contains(job)) {
                    continue; // never run on this repository: nothing to resume
                }
                List<JobInstance> instances = operator.getJobInstances(job, 0, 20);
                for (JobInstance instance : instances) {
                    List<JobExecution> executions = operator.getJobExecutions(instance);
                    JobExecution latest = executions.stream()
                            .max((a, b) -> Long.compare(a.getExecutionId(), b.getExecutionId()))
                            .orElse(null);
                    if (wasInterruptedByCrash(latest, startedAt)) {
                        long restarted = operator.restart(latest.getExecutionId(), new Properties());
                        LOG.warning("Restarted job " + job + " execution " + latest.getExecutionId()
                                + " interrupted by a server stop, as execution " + restarted);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for interrupted batch jobs", e);
        }
    }

    /** Failed at this start-up (end time set by Liberty's recovery, just now), after having started. */
    static boolean wasInterruptedByCrash(JobExecution execution, Instant startedAt) {
        if (execution == null
                || execution.getBatchStatus() != BatchStatus.FAILED
                || execution.getEndTime() == null
                || execution.getStartTime() == null) {
            return false;
        }
        Instant ended = execution.getEndTime().toInstant();
        return !ended.isBefore(startedAt.minus(Duration.ofSeconds(5)))
                && ended.isBefore(startedAt.plus(RECENT))
                && execution.getStartTime().toInstant().isBefore(startedAt);
    }
}
