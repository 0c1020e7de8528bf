package dev.procura.procurement;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The export of one kind of buying document, in number order, as its API view shows it, with its
 * lines. Filters: {@code status}, {@code supplier_id} where the document names a supplier, and
 * {@code from}/{@code to} (inclusive ISO dates) on its business date.
 */
public abstract class DocumentExports<S extends Enum<S>, E extends BuyingDocument<S>> implements RecordSource {

    @Inject
    CustomFields customFields;

    private static final Set<String> NOT_EXPORTED = Set.of("warnings");

    private final Class<E> entity;
    private final Class<S> statuses;
    private final String dateAttribute;
    private final boolean namesSupplier;
    private final List<ExportField> fields;
    private final List<ExportField> lineFields;

    protected DocumentExports(
            Class<E> entity,
            Class<S> statuses,
            Class<? extends Record> view,
            String dateAttribute,
            boolean namesSupplier) {
        this.entity = entity;
        this.statuses = statuses;
        this.dateAttribute = dateAttribute;
        this.namesSupplier = namesSupplier;
        this.fields = RecordFields.of(view, NOT_EXPORTED);
        this.lineFields = RecordFields.of(LineView.class, Set.of());
    }

    /** The document as its API shows it. */
    protected abstract Record view(TenantTx tx, E document);

    protected abstract List<LineItem> lines(E document);

    @Override
    public List<ExportField> fields() {
        return fields;
    }

    @Override
    public List<ExportField> lineFields() {
        return lineFields;
    }

    @Override
    public Set<String> filters() {
        Set<String> filters = new LinkedHashSet<>(List.of("status"));
        if (namesSupplier) {
            filters.add("supplier_id");
        }
        filters.addAll(List.of("from", "to"));
        return filters;
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Conditions conditions = conditions(filter);
        TypedQuery<Long> query = tx.em()
                .createQuery("SELECT COUNT(d) FROM " + entity.getSimpleName() + " d" + conditions.where(), Long.class);
        conditions.bind(query);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Conditions conditions = conditions(filter);
        if (afterKey != null) {
            conditions.add("d.number > :after", "after", afterKey);
        }
        TypedQuery<E> query = tx.em()
                .createQuery(
                        "SELECT d FROM " + entity.getSimpleName() + " d" + conditions.where() + " ORDER BY d.number",
                        entity)
                .setMaxResults(limit);
        conditions.bind(query);
        return query.getResultList().stream().map(d -> record(tx, d)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, E> found = new LinkedHashMap<>();
        tx.em()
                .createQuery("SELECT d FROM " + entity.getSimpleName() + " d WHERE d.id IN :ids", entity)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(d -> found.put(d.id(), d));
        List<ExportRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            E document = found.get(id);
            if (document != null) {
                records.add(record(tx, document));
            }
        }
        return records;
    }

    private ExportRecord record(TenantTx tx, E document) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineView line : LineView.of(lines(document))) {
            lines.add(RecordFields.values(line, lineFields));
        }
        Map<String, Object> values = RecordFields.values(view(tx, document), fields);
        String custom = customFieldsJson(document);
        if (custom != null) {
            values.putAll(
                    customFields.conditionFields(customFields.viewer(tx, type()).apply(custom)));
        }
        return new ExportRecord(document.number(), values, lines);
    }

    /** The document's stored custom field values (JSON), exported as {@code cf_<key>}; null: none. */
    protected String customFieldsJson(E document) {
        return null;
    }

    private Conditions conditions(Map<String, String> filter) {
        Conditions conditions = new Conditions();
        for (Map.Entry<String, String> entry : filter.entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "status" -> conditions.add("d.status = :status", "status", parse("status", value, this::status));
                case "supplier_id" ->
                    conditions.add(
                            "d.supplierId = :supplier", "supplier", parse("supplier_id", value, UUID::fromString));
                case "from" ->
                    conditions.add("d." + dateAttribute + " >= :from", "from", parse("from", value, LocalDate::parse));
                case "to" ->
                    conditions.add("d." + dateAttribute + " <= :to", "to", parse("to", value, LocalDate::parse));
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + entry.getKey(), "is not a filter of " + type() + "; use " + filters());
            }
        }
        return conditions;
    }

    private S status(String value) {
        return Enum.valueOf(statuses, value.toUpperCase(Locale.ROOT));
    }

    private static <T> T parse(String key, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new Failure.InvalidInput("source.filter." + key, "cannot be read: " + value);
        }
    }

    /** The WHERE clause of a filter and its parameters. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.put(name, value);
        }

        String where() {
            return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
