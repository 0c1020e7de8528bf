package dev.procura.platform.exports;

import dev.procura.platform.failures.Failure;
import java.util.List;
import java.util.function.Function;

/**
 * One filter of a record source: the entity attribute it compares, the JPQL operator and how a
 * request's text becomes the query parameter (a 400 naming {@code source.filter.<name>} when it
 * cannot).
 */
public record ExportFilter(String attribute, String operator, Reader reader) {

    /** Reads a filter value; {@code name} is the filter's key, for the problem. */
    @FunctionalInterface
    public interface Reader {
        Object read(String name, String value);
    }

    /** The attribute equals the text as given. */
    public static ExportFilter text(String attribute) {
        return new ExportFilter(attribute, "=", (name, value) -> value);
    }

    /** A boolean attribute: {@code true} or {@code false}. */
    public static ExportFilter flag(String attribute) {
        return new ExportFilter(attribute, "=", (name, value) -> {
            if (!"true".equals(value) && !"false".equals(value)) {
                throw new Failure.InvalidInput("source.filter." + name, "must be true or false");
            }
            return Boolean.valueOf(value);
        });
    }

    /** The attribute equals one of these values. */
    public static ExportFilter oneOf(String attribute, List<String> values) {
        String allowed = values.size() == 1
                ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
        return new ExportFilter(attribute, "=", (name, value) -> {
            if (!values.contains(value)) {
                throw new Failure.InvalidInput("source.filter." + name, "must be " + allowed);
            }
            return value;
        });
    }

    /** The attribute is {@code LIKE} the pattern made of the text. */
    public static ExportFilter like(String attribute, Function<String, String> pattern) {
        return new ExportFilter(attribute, "LIKE", (name, value) -> pattern.apply(value));
    }

    /** The attribute compares with the date ({@code yyyy-mm-dd}) by {@code operator}. */
    public static ExportFilter date(String attribute, String operator) {
        return new ExportFilter(attribute, operator, (name, value) -> {
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new Failure.InvalidInput("source.filter." + name, "must be a date (yyyy-mm-dd)");
            }
        });
    }
}
