package dev.procura.approvals;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A condition an approval level puts on a document, such as {@code total > 10000 and currency == "EUR"}.
 *
 * <p>The language is small on purpose: field names, number and text literals, {@code true}, {@code false},
 * {@code null}, arithmetic, comparisons, {@code in} lists and {@code and}/{@code or}/{@code not}. Nothing in it
 * can reach Java: there are no calls, no member access and no assignment. A field that is missing or null
 * equals only {@code null} and makes every ordering comparison ({@code < <= > >=}) false, so a level with
 * {@code total > 10000} does not apply to a document without a total. Everything else that does not fit
 * (text with numbers, arithmetic on null, {@code and} on something not true or false, division by zero)
 * is {@link Invalid}, as is any syntax error; messages start with the position, counted in characters from 1.
 */
public final class Condition {

    static final int MAX_LENGTH = 1000;

    private final String source;
    private final Expression root;
    private final Set<String> fields;

    private Condition(String source, Expression root, Set<String> fields) {
        this.source = source;
        this.root = root;
        this.fields = fields;
    }

    /** Parses; throws Condition.Invalid with a message naming the position and the problem. */
    public static Condition parse(String source) {
        if (source == null) {
            throw new Invalid("a condition is required");
        }
        if (source.length() > MAX_LENGTH) {
            throw Invalid.at(MAX_LENGTH + 1, "a condition has at most " + MAX_LENGTH + " characters");
        }
        Parser.Parsed parsed = Parser.parse(source);
        return new Condition(source, parsed.root(), parsed.fields());
    }

    /** Evaluates against the document's fields; the result must be a boolean, else Invalid. */
    public boolean test(Map<String, Object> fields) {
        Objects.requireNonNull(fields, "fields");
        return Interpreter.test(root, fields);
    }

    public String source() {
        return source;
    }

    /** Field names the condition reads (so a definition can be checked against a document type's fields). */
    public Set<String> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A condition that cannot be parsed, or cannot be evaluated against a given document. */
    public static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }

        static Invalid at(int position, String problem) {
            return new Invalid("position " + position + ": " + problem);
        }
    }
}
