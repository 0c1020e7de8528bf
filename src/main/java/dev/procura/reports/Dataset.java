package dev.procura.reports;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dataset of the report catalogue: the records of a source, one row each, or, for a source with
 * lines ({@code <type>_line}), one row per line with the record's fields in front. A line field with
 * the name of a record field is named {@code line_<key>}.
 */
record Dataset(String key, RecordSource source, boolean lines, List<ExportField> fields, Map<String, String> lineKeys) {

    static final String LINE_SUFFIX = "_line";

    /** The dataset of the records, with every field they have ({@code recordFields}). */
    static Dataset records(RecordSource source, List<ExportField> recordFields) {
        return new Dataset(source.type(), source, false, List.copyOf(recordFields), Map.of());
    }

    /** The dataset of the records' lines. */
    static Dataset lines(RecordSource source, List<ExportField> recordFields) {
        Set<String> taken = new HashSet<>();
        recordFields.forEach(f -> taken.add(f.key()));
        List<ExportField> fields = new ArrayList<>(recordFields);
        Map<String, String> lineKeys = new LinkedHashMap<>();
        for (ExportField field : source.lineFields()) {
            String key = taken.contains(field.key()) ? "line_" + field.key() : field.key();
            lineKeys.put(field.key(), key);
            fields.add(new ExportField(key, field.type()));
        }
        return new Dataset(source.type() + LINE_SUFFIX, source, true, List.copyOf(fields), Map.copyOf(lineKeys));
    }

    /** The rows one record gives: itself, or one per line (none for a record without lines). */
    List<Map<String, Object>> rows(ExportRecord record) {
        if (!lines) {
            return List.of(record.values());
        }
        List<Map<String, Object>> rows = new ArrayList<>(record.lines().size());
        for (Map<String, Object> line : record.lines()) {
            Map<String, Object> row = new LinkedHashMap<>(record.values());
            line.forEach((key, value) -> row.put(lineKeys.getOrDefault(key, key), value));
            rows.add(row);
        }
        return rows;
    }
}
