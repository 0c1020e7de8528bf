package dev.procura.platform.exports;

/** A field a record source offers: its snake_case key and what it holds. */
public record ExportField(String key, FieldType type) {}
