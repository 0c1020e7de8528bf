package dev.procura.platform.persistence;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A collection as one PostgreSQL array literal, for {@code = ANY (CAST(?1 AS UUID[]))}: a single
 * parameter however many values, where {@code IN (...)} would bind one parameter per value.
 */
public final class SqlArrays {

    private SqlArrays() {}

    public static String of(Collection<?> values) {
        return values.stream()
                .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
