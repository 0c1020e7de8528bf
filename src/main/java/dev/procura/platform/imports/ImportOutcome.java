package dev.procura.platform.imports;

import dev.procura.platform.failures.FieldError;
import java.util.List;

/**
 * What became of one row of an import: its file row number, the record key it names (null when
 * unreadable), and for a rejected row every field error, named by column.
 */
public record ImportOutcome(int row, String key, Result result, List<FieldError> errors) {

    public enum Result {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    public ImportOutcome {
        errors = List.copyOf(errors);
    }

    public static ImportOutcome of(int row, String key, Result result) {
        return new ImportOutcome(row, key, result, List.of());
    }

    public static ImportOutcome rejected(int row, String key, List<FieldError> errors) {
        return new ImportOutcome(row, key, Result.REJECTED, errors);
    }
}
