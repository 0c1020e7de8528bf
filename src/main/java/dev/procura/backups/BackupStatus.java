package dev.procura.backups;

import java.util.Locale;

/** Where a backup or a restore stands: queued → running → completed | failed. */
public enum BackupStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
