package dev.procura.platform.batch;

import dev.procura.platform.failures.Failure;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Properties;

/** Starting jobs and looking up their executions, with the answers the API gives. */
public final class Jobs {

    private Jobs() {}

    public static long start(String job) {
        return BatchRuntime.getJobOperator().start(job, new Properties());
    }

    /** The execution, if it exists and is one of {@code job}'s; else 404. */
    public static JobExecution execution(String job, long executionId) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (RuntimeException e) {
            // Liberty wraps NoSuchJobExecutionException in its own persistence exception.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NoSuchJobExecutionException) {
                    throw new Failure.NotFound("No " + job + " run " + executionId);
                }
            }
            throw e;
        }
        if (!job.equals(execution.getJobName())) {
            throw new Failure.NotFound("No " + job + " run " + executionId);
        }
        return execution;
    }

    /** When {@code job} last got an execution, from the job repository on this control database connection; null if never. */
    public static Instant lastCreated(Connection control, String job) throws SQLException {
        try (PreparedStatement last = control.prepareStatement("SELECT max(e.createtime) FROM batch_jobexecution e"
                + " JOIN batch_jobinstance i ON i.jobinstanceid = e.fk_jobinstanceid WHERE i.jobname = ?")) {
            last.setString(1, job);
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                Timestamp created = rs.getTimestamp(1);
                return created == null ? null : created.toInstant();
            }
        }
    }

    public static String status(JobExecution execution) {
        return execution.getBatchStatus().name().toLowerCase(Locale.ROOT);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
