package dev.procura.conversions;

import dev.procura.conversions.render.Column;
import dev.procura.conversions.render.Layout;
import dev.procura.conversions.render.ValueFormat;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.util.List;
import java.util.Locale;

/**
 * What a template says, checked ({@link TemplateRules}): the columns of each record and of its
 * lines, the columns summed into totals, the title, the layout of documents and the locale.
 * Stored as JSON with the template and copied onto each conversion that uses it.
 */
public record TemplateDefinition(
        String title, String locale, List<Field> columns, List<Field> lineColumns, List<String> totals, Layout layout) {

    static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    public TemplateDefinition {
        lineColumns = lineColumns == null ? List.of() : List.copyOf(lineColumns);
        totals = totals == null ? List.of() : List.copyOf(totals);
        columns = List.copyOf(columns);
        layout = layout == null ? Layout.DEFAULT : layout;
    }

    /**
     * A column: either a source {@code field} or a computed {@code expression}, shown under
     * {@code label} in {@code format}; {@code key} names it in JSON output and in totals.
     */
    public record Field(String key, String field, String expression, String label, ValueFormat format) {

        Column column() {
            return new Column(key, label, format);
        }

        boolean isComputed() {
            return expression != null;
        }
    }

    Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }

    String toJson() {
        return JSON.toJson(this);
    }

    static TemplateDefinition fromJson(String json) {
        return JSON.fromJson(json, TemplateDefinition.class);
    }
}
