package dev.procura.platform.exports;

/** What kind of value an exported field holds. */
public enum FieldType {
    TEXT,
    INTEGER,
    DECIMAL,
    MONEY,
    DATE,
    DATETIME,
    BOOLEAN
}
