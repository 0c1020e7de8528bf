package dev.procura.customfields;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks one custom field value against its definition and returns it normalised (a datetime in
 * UTC with milliseconds, so stored values sort as text; a money amount with its currency). A bad
 * value is an {@link Invalid} whose message the caller reports under {@code custom_fields.<key>}.
 */
final class ValueRules {

    static final int TEXT_MAX = 1000;
    static final int LONG_TEXT_MAX = 20_000;
    static final int CHOICES_MAX = 100;
    /** Integers beyond ±2^53 lose precision in JavaScript clients. */
    static final BigDecimal SAFE_INTEGER = new BigDecimal(9_007_199_254_740_991L);

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** What a value is checked against besides its definition: the tenant's lists, members and records. */
    interface Lookups {
        Optional<Set<String>> choices(String typeList);

        boolean isMember(UUID userId);

        boolean exists(String entityType, UUID id);
    }

    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private ValueRules() {}

    /** The field's shape for checking: what a definition or a definition being made says. */
    record Shape(
            FieldType type, BigDecimal min, BigDecimal max, String pattern, String typeList, String refEntityType) {

        static Shape of(CustomFieldDefinition d) {
            return new Shape(d.type(), d.min(), d.max(), d.pattern(), d.typeList(), d.refEntityType());
        }
    }

    static Object normalize(Shape field, Object raw, Lookups lookups) throws Invalid {
        return switch (field.type()) {
            case TEXT -> text(field, raw, TEXT_MAX);
            case LONG_TEXT -> text(field, raw, LONG_TEXT_MAX);
            case INTEGER -> bounded(field, integer(raw));
            case DECIMAL -> bounded(field, number(raw));
            case MONEY -> money(field, raw);
            case DATE -> date(raw).toString();
            case DATETIME -> datetime(raw);
            case BOOLEAN -> {
                if (!(raw instanceof Boolean flag)) {
                    throw new Invalid("must be true or false");
                }
                yield flag;
            }
            case SINGLE_CHOICE ->
                choice(field, string(raw, "must be a code of the type list " + field.typeList()), lookups);
            case MULTI_CHOICE -> choices(field, raw, lookups);
            case USER -> {
                UUID user = uuid(raw, "must be the id of a member of this tenant");
                if (!lookups.isMember(user)) {
                    throw new Invalid("must be the id of a member of this tenant");
                }
                yield user.toString();
            }
            case ENTITY_REFERENCE -> {
                UUID id = uuid(raw, "must be the id of a " + field.refEntityType());
                if (!lookups.exists(field.refEntityType(), id)) {
                    throw new Invalid("names no " + field.refEntityType() + " of this tenant");
                }
                yield id.toString();
            }
        };
    }

    /** A filter value from a query string, as the JSON value stored values compare with. */
    static Object filterValue(FieldType type, String text) throws Invalid {
        return switch (type) {
            case INTEGER -> integer(parseNumber(text));
            case DECIMAL, MONEY -> parseNumber(text);
            case DATE -> date(text).toString();
            case DATETIME -> datetime(text);
            case BOOLEAN -> {
                if (!"true".equals(text) && !"false".equals(text)) {
                    throw new Invalid("must be true or false");
                }
                yield Boolean.valueOf(text);
            }
            default -> text;
        };
    }

    private static BigDecimal parseNumber(String text) throws Invalid {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Invalid("must be a number");
        }
    }

    private static String text(Shape field, Object raw, int limit) throws Invalid {
        String text = string(raw, "must be text");
        int max = field.max() == null ? limit : Math.min(limit, field.max().intValue());
        if (text.length() > max) {
            throw new Invalid("must be at most " + max + " characters");
        }
        if (field.min() != null && text.length() < field.min().intValue()) {
            throw new Invalid("must be at least " + field.min().intValue() + " characters");
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            throw new Invalid("must match " + field.pattern());
        }
        return text;
    }

    /**
     * A tenant's pattern against a value, with the regex engine's reads of the value counted: a
     * pattern that backtracks catastrophically fails the value instead of holding a thread.
     */
    static boolean matches(String pattern, String text) throws Invalid {
        try {
            return Pattern.compile(pattern).matcher(new Budgeted(text, 200_000)).matches();
        } catch (Budgeted.Exhausted e) {
            throw new Invalid("could not be checked against " + pattern + " (the pattern is too costly)");
        }
    }

    /** A character sequence that stops the regex engine after a number of reads. */
    private static final class Budgeted implements CharSequence {
        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final int[] budget;

        Budgeted(String text, int reads) {
            this(text, new int[] {reads});
        }

        private Budgeted(String text, int[] budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static String string(Object raw, String message) throws Invalid {
        if (!(raw instanceof String text)) {
            throw new Invalid(message);
        }
        return text;
    }

    private static BigDecimal number(Object raw) throws Invalid {
        if (raw instanceof BigDecimal number) {
            return number;
        }
        if (raw instanceof Number number && !(raw instanceof Double) && !(raw instanceof Float)) {
            return new BigDecimal(number.toString());
        }
        if (raw instanceof Double || raw instanceof Float) {
            return BigDecimal.valueOf(((Number) raw).doubleValue());
        }
        throw new Invalid("must be a number");
    }

    private static BigDecimal integer(Object raw) throws Invalid {
        BigDecimal number = number(raw);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new Invalid("must be a whole number");
        }
        if (number.abs().compareTo(SAFE_INTEGER) > 0) {
            throw new Invalid("must be between -" + SAFE_INTEGER + " and " + SAFE_INTEGER);
        }
        return number.setScale(0);
    }

    private static BigDecimal bounded(Shape field, BigDecimal number) throws Invalid {
        if (number.precision() - number.scale() > 18 || number.scale() > 8) {
            throw new Invalid("must have at most 18 digits before and 8 after the decimal point");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            throw new Invalid("must be at least " + field.min().toPlainString());
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            throw new Invalid("must be at most " + field.max().toPlainString());
        }
        return number;
    }

    private static Map<String, Object> money(Shape field, Object raw) throws Invalid {
        if (!(raw instanceof Map<?, ?> money) || !(money.get("currency") instanceof String currency)) {
            throw new Invalid("must be an object with amount and currency (ISO 4217)");
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw new Invalid("currency must be an ISO 4217 code");
        }
        if (money.size() != 2 || money.get("amount") == null) {
            throw new Invalid("must be an object with amount and currency (ISO 4217)");
        }
        Map<String, Object> normalised = new LinkedHashMap<>();
        normalised.put("amount", bounded(field, number(money.get("amount"))));
        normalised.put("currency", currency);
        return normalised;
    }

    private static LocalDate date(Object raw) throws Invalid {
        try {
            return LocalDate.parse(string(raw, "must be a date (YYYY-MM-DD)"));
        } catch (DateTimeParseException e) {
            throw new Invalid("must be a date (YYYY-MM-DD)");
        }
    }

    private static String datetime(Object raw) throws Invalid {
        String text = string(raw, "must be a date-time with offset (ISO 8601)");
        try {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            return UTC_MILLIS.format(instant);
        } catch (DateTimeParseException e) {
            throw new Invalid("must be a date-time with offset (ISO 8601)");
        }
    }

    private static String choice(Shape field, String code, Lookups lookups) throws Invalid {
        Set<String> codes = lookups.choices(field.typeList()).orElse(Set.of());
        if (!codes.contains(code)) {
            throw new Invalid("must be an active code of the type list " + field.typeList());
        }
        return code;
    }

    private static List<String> choices(Shape field, Object raw, Lookups lookups) throws Invalid {
        if (!(raw instanceof List<?> items)) {
            throw new Invalid("must be a list of codes of the type list " + field.typeList());
        }
        if (items.size() > CHOICES_MAX) {
            throw new Invalid("must hold at most " + CHOICES_MAX + " codes");
        }
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
            String code = choice(field, string(item, "must be a list of codes"), lookups);
            if (!seen.add(code)) {
                throw new Invalid("names " + code + " twice");
            }
            codes.add(code);
        }
        return codes;
    }

    private static UUID uuid(Object raw, String message) throws Invalid {
        try {
            return UUID.fromString(string(raw, message));
        } catch (IllegalArgumentException e) {
            throw new Invalid(message);
        }
    }
}
