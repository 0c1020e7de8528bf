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
}
