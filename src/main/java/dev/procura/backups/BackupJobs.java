package dev.procura.backups;

import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.TenantReadOnly;
import jakarta.batch.runtime.BatchRuntime;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/** The jobs (backup, restore, move) and their parameters. */
final class BackupJobs {

    static final String BACKUP_JOB = "tenant-backup";
    static final String RESTORE_JOB = "tenant-restore";
    static final String BACKUP = "backup";
    static final String RESTORE = "restore";
    static final String MOVE_JOB = "tenant-move";
    static final String MOVE = "move";

    private BackupJobs() {}

    static void startBackup(UUID backupId) {
        Properties parameters = new Properties();
        parameters.setProperty(BACKUP, backupId.toString());
        BatchRuntime.getJobOperator().start(BACKUP_JOB, parameters);
    }

    static void startRestore(UUID restoreId) {
        Properties parameters = new Properties();
        parameters.setProperty(RESTORE, restoreId.toString());
        BatchRuntime.getJobOperator().start(RESTORE_JOB, parameters);
    }

    static void startMove(UUID moveId) {
        Properties parameters = new Properties();
        parameters.setProperty(MOVE, moveId.toString());
        BatchRuntime.getJobOperator().start(MOVE_JOB, parameters);
    }

    /**
     * Starts a job that needs its tenant read-only (a restore, a move): the tenant turns read-only,
     * {@code record} saves the job's rows in a control transaction, then {@code start} starts it.
     * If recording fails the tenant is writable again; if starting fails, {@code failed} records
     * why and the tenant is writable again. Either way the failure is thrown on.
     */
    static void startReadOnly(
            TenantReadOnly readOnly,
            ControlTransaction transaction,
            UUID tenantId,
            String reason,
            Runnable record,
            Runnable start,
            Consumer<String> failed) {
        readOnly.makeReadOnly(tenantId, reason);
        try {
            transaction.run(record);
        } catch (RuntimeException e) {
            readOnly.makeWritable(tenantId, reason);
            throw e;
        }
        try {
            start.run();
        } catch (RuntimeException e) {
            failed.accept(reason(e));
            readOnly.makeWritable(tenantId, reason);
            throw e;
        }
    }

    static UUID parameter(long executionId, String name) {
        return UUID.fromString(
                BatchRuntime.getJobOperator().getParameters(executionId).getProperty(name));
    }

    /** A failure as the API shows it: the message, without stack or SQL. */
    static String reason(Throwable e) {
        Throwable root = e;
        if (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            root = e.getCause();
        }
        String kind = root instanceof java.sql.SQLException
                ? "database error"
                : root.getClass().getSimpleName();
        String message =
                root instanceof java.sql.SQLException sql ? "SQL state " + sql.getSQLState() : root.getMessage();
        String reason = kind + ": " + (message == null ? "no detail" : message);
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
