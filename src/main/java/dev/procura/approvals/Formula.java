package dev.procura.approvals;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A value computed from a record's fields in the language of {@link Condition}s, such as
 * {@code quantity * unit_price} or {@code total > 10000}: a number, a text, a boolean or null.
 * Templates use it for computed columns; like a condition it cannot reach Java. Errors are
 * {@link Condition.Invalid}, their messages starting with the position.
 */
public final class Formula {

    private final Expression root;
    private final Set<String> fields;

    private Formula(Expression root, Set<String> fields) {
        this.root = root;
        this.fields = fields;
    }

    public static Formula parse(String source) {
        if (source == null || source.isBlank()) {
            throw new Condition.Invalid("an expression is required");
        }
        if (source.length() > Condition.MAX_LENGTH) {
            throw Condition.Invalid.at(
                    Condition.MAX_LENGTH + 1, "an expression has at most " + Condition.MAX_LENGTH + " characters");
        }
        Parser.Parsed parsed = Parser.parseValue(source);
        return new Formula(parsed.root(), parsed.fields());
    }

    /** The value for these fields: null, a BigDecimal, a String or a Boolean. */
    public Object evaluate(Map<String, Object> values) {
        return Interpreter.evaluate(root, Objects.requireNonNull(values, "values"));
    }

    /** The field names it reads. */
    public Set<String> fields() {
        return fields;
    }
}
