package dev.procura.platform.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InterruptedJobRestarterTest {

    private static final Instant START_UP = Instant.parse("2026-11-21T10:00:00Z");

    private static JobExecution execution(BatchStatus status, Instant started, Instant ended) {
        return new JobExecution() {
            @Override
            public long getExecutionId() {
                return 1;
            }

            @Override
            public String getJobName() {
                return "tenant-migrations";
            }

            @Override
            public BatchStatus getBatchStatus() {
                return status;
            }

            @Override
            public Date getStartTime() {
                return started == null ? null : Date.from(started);
            }

            @Override
            public Date getEndTime() {
                return ended == null ? null : Date.from(ended);
            }

            @Override
            public String getExitStatus() {
                return status.name();
            }

            @Override
            public Date getCreateTime() {
                return Date.from(START_UP.minus(Duration.ofHours(1)));
            }

            @Override
            public Date getLastUpdatedTime() {
                return getEndTime();
            }

            @Override
            public Properties getJobParameters() {
                return new Properties();
            }
        };
    }

    @Test
    void anExecutionFailedByThisStartUpsRecoveryIsRestarted() {
        assertTrue(InterruptedJobRestarter.wasInterruptedByCrash(
                execution(BatchStatus.FAILED, START_UP.minus(Duration.ofMinutes(10)), START_UP.plusSeconds(3)),
                START_UP));
    }

    @Test
    void anExecutionThatFailedLongBeforeIsLeftAlone() {
        assertFalse(InterruptedJobRestarter.wasInterruptedByCrash(
                execution(BatchStatus.FAILED, START_UP.minus(Duration.ofHours(2)), START_UP.minus(Duration.ofHours(1))),
                START_UP));
    }

    @Test
    void completedOrStillRunningExecutionsAreLeftAlone() {
        assertFalse(InterruptedJobRestarter.wasInterruptedByCrash(
                execution(BatchStatus.COMPLETED, START_UP.minus(Duration.ofMinutes(10)), START_UP.plusSeconds(3)),
                START_UP));
        assertFalse(InterruptedJobRestarter.wasInterruptedByCrash(
                execution(BatchStatus.STARTED, START_UP.minus(Duration.ofMinutes(10)), null), START_UP));
        assertFalse(InterruptedJobRestarter.wasInterruptedByCrash(null, START_UP));
    }

    @Test
    void anExecutionStartedAfterThisStartUpIsNotAnInterruptedOne() {
        assertFalse(InterruptedJobRestarter.wasInterruptedByCrash(
                execution(BatchStatus.FAILED, START_UP.plusSeconds(10), START_UP.plusSeconds(20)), START_UP));
    }
}
