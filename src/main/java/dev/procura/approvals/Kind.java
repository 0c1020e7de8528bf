package dev.procura.approvals;

import java.math.BigDecimal;

/** What a value is; {@code UNKNOWN} stands for a field before a document gives it a value. */
enum Kind {
    NUMBER("number", "a number"),
    TEXT("text", "text"),
    BOOLEAN("true/false", "true or false"),
    NULL("null", "null"),
    UNKNOWN("field", "a field");

    final String noun;
    final String phrase;

    Kind(String noun, String phrase) {
        this.noun = noun;
        this.phrase = phrase;
    }

    static Kind of(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof BigDecimal) {
            return NUMBER;
        }
        return value instanceof Boolean ? BOOLEAN : TEXT;
    }

    boolean mayBe(Kind wanted) {
        return this == wanted || this == UNKNOWN;
    }

    boolean isComparableWith(Kind other) {
        return this == other || this == UNKNOWN || other == UNKNOWN || this == NULL || other == NULL;
    }
}
