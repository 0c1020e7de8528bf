package dev.procura.platform.imports;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.web.JsonNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one import row into the request record the API takes for the same record, and checks it
 * with the record's Bean Validation constraints: the same rules as a JSON body. Columns are the
 * record components in snake_case; values are converted by the component's type (text, numbers,
 * booleans as true/false/yes/no/1/0, ISO dates and instants, UUIDs, lists split on '|').
 * Columns {@code cf.<key>} (or {@code cf_<key>}) fill a {@code customFields} map component. A
 * component of another type (a nested record) is left null: the caller fills it.
 */
@ApplicationScoped
public class RowRequests {

    /** The request, or null when a value could not be converted; and every field error found. */
    public record Parsed<R>(R request, List<FieldError> errors) {

        public boolean isValid() {
            return request != null && errors.isEmpty();
        }
    }

    private static final Set<String> TRUE = Set.of("true", "yes", "y", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "n", "0");

    @Inject
    Validator validator;

    @Inject
    Instance<ValidatorFactory> validatorFactory;

    /** {@link #validator} without the JPA traversable resolver: see {@link #rowValidator()}. */
    private volatile Validator rowValidator;

    /**
     * Request records are no entities, so every property is reachable and cascadable. The default
     * resolver says the same, but only after asking every persistence provider about each
     * property of each row (Persistence.getPersistenceUtil().isLoaded), a third of the checks'
     * time in a bulk import.
     */
    private static final TraversableResolver EVERY_PROPERTY = new TraversableResolver() {
        @Override
        public boolean isReachable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToBean, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean, Path.Node property, Class<?> rootBean, Path pathToBean, ElementType elementType) {
            return true;
        }
    };

    /** The snake_case columns {@code type} reads (custom fields aside). */
    public static List<String> columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .filter(c -> !c.getName().equals("customFields"))
                .map(c -> JsonNames.snakeCase(c.getName()))
                .toList();
    }

    public <R extends Record> Parsed<R> parse(Class<R> type, ImportTable.Row row) {
        List<FieldError> errors = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byColumn = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            byColumn.put(JsonNames.snakeCase(component.getName()), component);
        }
        boolean customFields = byColumn.containsKey("custom_fields");
        Object[] values = new Object[components.length];
        Map<String, Object> custom = new LinkedHashMap<>();
        row.cells().forEach((column, text) -> {
            String key = customKey(column);
            if (customFields && key != null) {
                custom.put(key, text);
                return;
            }
            RecordComponent component = byColumn.get(column);
            if (component == null || column.equals("custom_fields")) {
                errors.add(new FieldError(column, "is not a column; columns are " + columns(type)));
                return;
            }
            try {
                values[indexOf(components, component)] = convert(component.getGenericType(), text);
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                errors.add(new FieldError(column, message(component.getType())));
            }
        });
        if (customFields && !custom.isEmpty()) {
            values[indexOf(components, byColumn.get("custom_fields"))] = custom;
        }
        for (int i = 0; i < components.length; i++) {
            if (values[i] == null && components[i].getType().isPrimitive()) {
                values[i] = components[i].getType() == boolean.class ? Boolean.FALSE : 0;
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed<>(null, sorted(errors));
        }
        R request = construct(type, components, values);
        return new Parsed<>(request, violations(request));
    }

    /** The Bean Validation errors of a request built by the caller, named by snake_case column. */
    public <R> List<FieldError> violations(R request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<R> violation : rowValidator().validate(request)) {
            String path = violation.getPropertyPath().toString();
            errors.add(new FieldError(path.isEmpty() ? "row" : JsonNames.snakeCase(path), violation.getMessage()));
        }
        return sorted(errors);
    }

    /** The container's validator with {@link #EVERY_PROPERTY}; the injected one where no factory is known. */
    private Validator rowValidator() {
        Validator found = rowValidator;
        if (found == null) {
            found = validatorFactory != null && validatorFactory.isResolvable()
                    ? validatorFactory
                            .get()
                            .usingContext()
                            .traversableResolver(EVERY_PROPERTY)
                            .getValidator()
                    : validator;
            rowValidator = found;
        }
        return found;
    }

    private static String customKey(String column) {
        if (column.startsWith("cf.") || column.startsWith("cf_")) {
            return column.substring(3);
        }
        return null;
    }

    private static int indexOf(RecordComponent[] components, RecordComponent component) {
        return Arrays.asList(components).indexOf(component);
    }

    private static Object convert(Type type, String text) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (String part : text.split("\\|", -1)) {
                if (!part.isBlank()) {
                    items.add(convert(element, part.strip()));
                }
            }
            return items;
        }
        if (type == String.class) {
            return text;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == Integer.class || type == int.class) {
            return new BigDecimal(text).intValueExact();
        }
        if (type == Long.class || type == long.class) {
            return new BigDecimal(text).longValueExact();
        }
        if (type == Boolean.class || type == boolean.class) {
            String flag = text.toLowerCase(Locale.ROOT);
            if (TRUE.contains(flag)) {
                return true;
            }
            if (FALSE.contains(flag)) {
                return false;
            }
            throw new IllegalArgumentException(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type instanceof Class<?> kind && kind.isEnum()) {
            for (Object constant : kind.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(text);
        }
        // A nested record or map: not a flat cell; the importer fills it.
        throw new IllegalArgumentException("not a flat column");
    }

    private static String message(Class<?> type) {
        if (type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date (YYYY-MM-DD)";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                            .toList();
        }
        return "cannot be given as a column";
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName() + " from a row", e);
        }
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }
}
