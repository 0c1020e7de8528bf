package dev.procura.platform.exports;

import java.util.Map;
import java.util.function.Function;

/**
 * How a record source orders its entities and resumes after a key: the ORDER BY over alias
 * {@code e}, the condition for "after this key" and each entity's key.
 */
public interface Keyset<E> {

    String orderBy();

    /** The condition on alias {@code e} selecting what comes after {@code key}; puts its parameters. */
    String after(String key, Map<String, Object> parameters);

    String keyOf(E entity);

    /** Keyed and ordered by one unique text attribute (a code). */
    static <E> Keyset<E> by(String attribute, Function<E, String> key) {
        return new Keyset<>() {
            @Override
            public String orderBy() {
                return "e." + attribute;
            }

            @Override
            public String after(String afterKey, Map<String, Object> parameters) {
                parameters.put("after", afterKey);
                return "e." + attribute + " > :after";
            }

            @Override
            public String keyOf(E entity) {
                return key.apply(entity);
            }
        };
    }

    /**
     * Ordered by a time attribute, then the id, for records without a unique code (approvals,
     * documents); a key is {@code <instant>|<id>}.
     */
    static <E> Keyset<E> byTimeThenId(
            String attribute, Function<E, java.time.Instant> at, Function<E, java.util.UUID> id) {
        return new Keyset<>() {
            @Override
            public String orderBy() {
                return "e." + attribute + ", e.id";
            }

            @Override
            public String after(String key, Map<String, Object> parameters) {
                int bar = key.indexOf('|');
                if (bar < 0) {
                    throw new IllegalStateException("not a time-and-id key: " + key);
                }
                parameters.put("afterAt", java.time.Instant.parse(key.substring(0, bar)));
                parameters.put("afterId", java.util.UUID.fromString(key.substring(bar + 1)));
                return "(e." + attribute + " > :afterAt OR (e." + attribute + " = :afterAt AND e.id > :afterId))";
            }

            @Override
            public String keyOf(E entity) {
                return at.apply(entity) + "|" + id.apply(entity);
            }
        };
    }
}
