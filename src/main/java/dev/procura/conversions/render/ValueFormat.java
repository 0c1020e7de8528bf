package dev.procura.conversions.render;

/** How a column's values are typed and shown: numbers and dates in the output's locale, or typed cells. */
public enum ValueFormat {
    TEXT,
    INTEGER,
    DECIMAL,
    /** An amount: two decimals (grouped in documents), a number cell in spreadsheets. */
    MONEY,
    /** A fraction shown as a percentage (0.25 → 25%). */
    PERCENT,
    DATE,
    DATETIME,
    BOOLEAN
}
