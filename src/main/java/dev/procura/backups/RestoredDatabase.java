package dev.procura.backups;

/** What a restore made: the database the tenant now uses, tables and rows verified, file objects missing from S3. */
public record RestoredDatabase(String databaseName, int tables, long rows, int missingFiles) {}
