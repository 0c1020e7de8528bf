package dev.procura.platform.persistence;

import dev.procura.platform.failures.Failure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The WHERE clause of a filtered list, built from optional filters (a null value adds nothing),
 * plus a whitelisted ORDER BY, so list queries never concatenate client input into JPQL.
 */
public final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Conditions when(Object value, String clause, String parameter) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A clause without parameters (e.g. {@code x IS NULL}), added when it applies. */
    public Conditions when(boolean applies, String clause) {
        if (applies) {
            clauses.add(clause);
        }
        return this;
    }

    /**
     * Case-insensitive "contains" on any of the lower-cased expressions, with LIKE wildcards
     * escaped so that a client's '%' or '_' matches itself.
     */
    public Conditions contains(String value, String parameter, String... lowerExpressions) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String escaped = value.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        List<String> likes = java.util.Arrays.stream(lowerExpressions)
                .map(e -> e + " LIKE :" + parameter)
                .toList();
        return when("%" + escaped + "%", "(" + String.join(" OR ", likes) + ")", parameter);
    }

    public String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + where() + (orderBy == null ? "" : " ORDER BY " + orderBy), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public long count(EntityManager em, String countSelect) {
        return query(em, countSelect, null, Long.class).getSingleResult();
    }

    /**
     * The ORDER BY for a client's {@code sort} ("field" or "-field"), from the allowed fields and
     * their JPQL paths, with {@code tieBreaker} last so pages are stable.
     */
    public static String orderBy(String sort, Map<String, String> allowed, String tieBreaker) {
        boolean descending = sort.startsWith("-");
        String path = allowed.get(descending ? sort.substring(1) : sort);
        if (path == null) {
            throw new Failure.InvalidInput(
                    "sort",
                    "must be one of " + new java.util.TreeSet<>(allowed.keySet()) + ", optionally with a leading '-'");
        }
        return path + (descending ? " DESC" : " ASC") + ", " + tieBreaker;
    }
}
