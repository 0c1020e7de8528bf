package dev.procura.backups;

import jakarta.batch.runtime.BatchRuntime;
import java.util.Properties;
import java.util.UUID;

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
