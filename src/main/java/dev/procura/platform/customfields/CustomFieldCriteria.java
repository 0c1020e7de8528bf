package dev.procura.platform.customfields;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.Conditions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JPQL of a list's custom field filters and sorts: clauses over the JSONB column through
 * EclipseLink's {@code SQL()} with the key inlined (keys are validated definitions, never client
 * text), so the expression matches an indexed field's expression index, and values bound.
 */
public final class CustomFieldCriteria {

    /** One filter: a clause naming {@code :parameter}, and the value bound to it. */
    public record Clause(String jpql, String parameter, Object value) {}

    public static final CustomFieldCriteria NONE = new CustomFieldCriteria(List.of(), Map.of(), json -> Map.of());

    private final List<Clause> clauses;
    private final Map<String, String> sorts;
    private final Function<String, Map<String, Object>> viewer;

    /**
     * {@code sorts}: the JPQL ORDER BY expression for each sortable key (without the {@code cf.}
     * prefix); {@code viewer}: the values the list's rows show, from the same definitions.
     */
    public CustomFieldCriteria(
            List<Clause> clauses, Map<String, String> sorts, Function<String, Map<String, Object>> viewer) {
        this.clauses = List.copyOf(clauses);
        this.sorts = Map.copyOf(sorts);
        this.viewer = viewer;
    }

    /** The values a row of the list shows (stored JSON in, active fields' values out). */
    public Map<String, Object> show(String json) {
        return viewer.apply(json);
    }

    /** Adds the filters to a list's conditions. */
    public Conditions applyTo(Conditions conditions) {
        clauses.forEach(c -> conditions.when(c.value(), c.jpql(), c.parameter()));
        return conditions;
    }

    /** {@link Conditions#orderBy}, also taking {@code cf.<key>} and {@code -cf.<key>}. */
    public String orderBy(String sort, Map<String, String> allowed, String tieBreaker) {
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        if (!field.startsWith(CustomFieldFilter.PREFIX)) {
            return Conditions.orderBy(sort, allowed, tieBreaker);
        }
        String expression = sorts.get(field.substring(CustomFieldFilter.PREFIX.length()));
        if (expression == null) {
            throw new Failure.InvalidInput("sort", "names no active custom field of this record type: " + field);
        }
        return expression + (descending ? " DESC" : " ASC") + ", " + tieBreaker;
    }

    public List<Clause> clauses() {
        return clauses;
    }
}
