package dev.procura.conversions;

import dev.procura.approvals.Condition;
import dev.procura.approvals.Formula;
import dev.procura.conversions.TemplateRequests.ColumnRequest;
import dev.procura.conversions.render.Layout;
import dev.procura.conversions.render.OutputFormat;
import dev.procura.conversions.render.ValueFormat;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a template against the fields its source type offers and turns it into a
 * {@link TemplateDefinition}. Every problem is reported at once, each under the path of the
 * part at fault ({@code columns[2].expression}) with the position in an expression. A template
 * is data: fields are looked up by name in a fixed list and expressions can only do arithmetic
 * and comparisons on them, so nothing a tenant writes is ever run as code.
 */
final class TemplateRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final List<FieldError> errors = new ArrayList<>();

    private TemplateRules() {}

    /** The definition of a valid template, else a 400 problem listing every error. */
    static TemplateDefinition check(TemplateRequests.Define template, SourceFields source) {
        TemplateRules rules = new TemplateRules();
        TemplateDefinition definition = rules.definition(template, source);
        if (!rules.errors.isEmpty()) {
            throw new Failure.InvalidInput(rules.errors);
        }
        return definition;
    }

    /** The output format named, else a 400 problem on {@code field}. */
    static OutputFormat format(String name, String field) {
        return Arrays.stream(OutputFormat.values())
                .filter(f -> f.apiName().equals(name))
                .findFirst()
                .orElseThrow(() -> new Failure.InvalidInput(field, "must be one of pdf, xlsx, docx, csv, json"));
    }

    /** A locale tag with a known language, else a 400 problem on {@code field}. */
    static String locale(String tag, String field) {
        if (tag == null) {
            return "en";
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (LANGUAGES.contains(locale.getLanguage())) {
                return locale.toLanguageTag();
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new Failure.InvalidInput(field, "must be a BCP 47 language tag such as en, en-GB or de-DE");
    }

    private TemplateDefinition definition(TemplateRequests.Define template, SourceFields source) {
        try {
            format(template.format(), "format");
        } catch (Failure.InvalidInput e) {
            errors.addAll(e.errors());
        }
        String locale = "en";
        try {
            locale = locale(template.locale(), "locale");
        } catch (Failure.InvalidInput e) {
            errors.addAll(e.errors());
        }
        List<TemplateDefinition.Field> columns = fields("columns", template.columns(), source.fields(), Map.of());
        List<ColumnRequest> lineRequests = template.lineColumns() == null ? List.of() : template.lineColumns();
        if (!lineRequests.isEmpty() && source.lineFields().isEmpty()) {
            errors.add(new FieldError("line_columns", "a " + source.type() + " has no lines"));
        }
        Map<String, ExportField> recordFields = byKey(source.fields());
        List<TemplateDefinition.Field> lineColumns = source.lineFields().isEmpty()
                ? List.of()
                : fields("line_columns", lineRequests, source.lineFields(), recordFields);
        checkTotals(template.totals(), lineColumns.isEmpty() ? columns : lineColumns);
        Set<String> keys = new HashSet<>();
        for (TemplateDefinition.Field column : concat(columns, lineColumns)) {
            if (column.key() != null && !keys.add(column.key())) {
                errors.add(new FieldError("columns", "the key " + column.key() + " is used twice"));
            }
        }
        TemplateRequests.LayoutRequest layout = template.layout();
        return new TemplateDefinition(
                template.title() == null ? template.name() : template.title(),
                locale,
                columns,
                lineColumns,
                template.totals(),
                layout == null
                        ? Layout.DEFAULT
                        : new Layout(
                                Boolean.TRUE.equals(layout.landscape()),
                                Boolean.TRUE.equals(layout.pageBreakPerRecord()),
                                layout.footer()));
    }

    private List<TemplateDefinition.Field> fields(
            String path, List<ColumnRequest> requests, List<ExportField> offered, Map<String, ExportField> outer) {
        Map<String, ExportField> known = new LinkedHashMap<>(outer);
        known.putAll(byKey(offered));
        List<TemplateDefinition.Field> fields = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            field(path + "[" + i + "]", requests.get(i), byKey(offered), known).ifPresent(fields::add);
        }
        return fields;
    }

    private Optional<TemplateDefinition.Field> field(
            String path, ColumnRequest request, Map<String, ExportField> offered, Map<String, ExportField> readable) {
        if ((request.field() == null) == (request.expression() == null)) {
            errors.add(new FieldError(path, "needs either field or expression"));
            return Optional.empty();
        }
        ValueFormat format = null;
        if (request.format() != null) {
            format = valueFormat(request.format()).orElse(null);
            if (format == null) {
                errors.add(new FieldError(
                        path + ".format",
                        "must be one of text, integer, decimal, money, percent, date, datetime, boolean"));
                return Optional.empty();
            }
        }
        if (request.field() != null) {
            ExportField field = offered.get(request.field());
            if (field == null) {
                errors.add(new FieldError(path + ".field", "is not a field here; fields: " + offered.keySet()));
                return Optional.empty();
            }
            String key = request.key() == null ? field.key() : request.key();
            ValueFormat shown =
                    format == null ? ValueFormat.valueOf(field.type().name()) : format;
            return Optional.of(new TemplateDefinition.Field(key, field.key(), null, label(request, key), shown));
        }
        if (request.key() == null) {
            errors.add(new FieldError(path + ".key", "is required for a computed column"));
            return Optional.empty();
        }
        try {
            Formula formula = Formula.parse(request.expression());
            for (String name : formula.fields()) {
                if (!readable.containsKey(name)) {
                    errors.add(new FieldError(path + ".expression", "reads " + name + ", which is not a field here"));
                    return Optional.empty();
                }
            }
        } catch (Condition.Invalid e) {
            errors.add(new FieldError(path + ".expression", e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(new TemplateDefinition.Field(
                request.key(),
                null,
                request.expression(),
                label(request, request.key()),
                format == null ? ValueFormat.DECIMAL : format));
    }

    private void checkTotals(List<String> totals, List<TemplateDefinition.Field> table) {
        if (totals == null) {
            return;
        }
        Map<String, ValueFormat> formats = new LinkedHashMap<>();
        table.forEach(f -> formats.put(f.key(), f.format()));
        for (int i = 0; i < totals.size(); i++) {
            ValueFormat format = formats.get(totals.get(i));
            if (format == null) {
                errors.add(new FieldError(
                        "totals[" + i + "]", "is not a column of the table; columns: " + formats.keySet()));
            } else if (!Set.of(ValueFormat.INTEGER, ValueFormat.DECIMAL, ValueFormat.MONEY)
                    .contains(format)) {
                errors.add(new FieldError("totals[" + i + "]", "is not a number column"));
            }
        }
    }

    private static Optional<ValueFormat> valueFormat(String name) {
        return Arrays.stream(ValueFormat.values())
                .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    private static String label(ColumnRequest request, String key) {
        if (request.label() != null && !request.label().isBlank()) {
            return request.label();
        }
        String words = key.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, ExportField> byKey(List<ExportField> fields) {
        Map<String, ExportField> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        return byKey;
    }

    private static List<TemplateDefinition.Field> concat(
            List<TemplateDefinition.Field> a, List<TemplateDefinition.Field> b) {
        List<TemplateDefinition.Field> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
