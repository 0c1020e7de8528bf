package dev.procura.platform.imports;

/** What a bulk import does with a row whose key already exists. */
public enum ImportMode {
    /** Every row is new; a row whose key exists is rejected. */
    CREATE,
    /** A row whose key exists updates that record (or leaves it unchanged when equal). */
    UPSERT
}
