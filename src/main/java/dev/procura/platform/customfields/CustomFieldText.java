package dev.procura.platform.customfields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The words a record's custom field values add to its search entry: texts, codes, numbers and dates. */
public final class CustomFieldText {

    private CustomFieldText() {}

    public static List<String> words(Map<String, Object> values) {
        List<String> words = new ArrayList<>();
        values.values().forEach(value -> collect(value, words));
        return words;
    }

    private static void collect(Object value, List<String> words) {
        if (value instanceof String text) {
            words.add(text);
        } else if (value instanceof BigDecimal number) {
            words.add(number.toPlainString());
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, words));
        } else if (value instanceof Map<?, ?> fields) {
            fields.values().forEach(item -> collect(item, words));
        }
    }
}
