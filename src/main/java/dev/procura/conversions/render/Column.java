package dev.procura.conversions.render;

/** One output column: the key its values are found under in a row, the label its header shows, and its format. */
public record Column(String key, String label, ValueFormat format) {}
