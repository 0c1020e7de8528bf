package dev.procura.customfields;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of value a custom field holds, with what lists may do with them. */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    INTEGER,
    DECIMAL,
    MONEY,
    DATE,
    DATETIME,
    BOOLEAN,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    USER,
    ENTITY_REFERENCE;

    public static final String WIRE_NAMES =
            "text|long_text|integer|decimal|money|date|datetime|boolean|single_choice|multi_choice|user|entity_reference";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }

    /** Whether {@code cf.<key>.from} / {@code .to} apply. */
    public boolean ranged() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == DATE || this == DATETIME;
    }

    /** Whether min and max bound the value (numbers, money amounts) rather than the text's length. */
    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY;
    }

    public boolean textual() {
        return this == TEXT || this == LONG_TEXT;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    /** Whether a list can sort on it and an expression index serves it (every type but the multi-valued and long ones). */
    public boolean indexable() {
        return this != MULTI_CHOICE && this != LONG_TEXT;
    }
}
