package dev.procura.platform.customfields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code cf.<key>} query parameters of a list request, as sent: {@code cf.audit_score=87.5}
 * (equals; for a multi-choice field, holds the code), {@code cf.audit_score.from=80} and
 * {@code cf.audit_score.to=90} (inclusive range, for numbers, money amounts, dates and datetimes).
 */
public record CustomFieldFilter(Map<String, String> parameters) {

    public static final String PREFIX = "cf.";
    public static final CustomFieldFilter NONE = new CustomFieldFilter(Map.of());

    public CustomFieldFilter {
        parameters = Map.copyOf(parameters);
    }

    /** The {@code cf.} parameters of a request's query (the first value of each), without the prefix. */
    public static CustomFieldFilter of(Map<String, List<String>> query) {
        Map<String, String> found = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && !values.isEmpty()) {
                found.put(name.substring(PREFIX.length()), values.get(0));
            }
        });
        return found.isEmpty() ? NONE : new CustomFieldFilter(found);
    }

    public boolean isEmpty() {
        return parameters.isEmpty();
    }
}
