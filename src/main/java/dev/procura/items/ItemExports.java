package dev.procura.items;

import dev.procura.items.ItemViews.ItemView;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Items for conversions and reports, in code order, as the API shows them, with the standard cost
 * in two columns and the item's own conversions on one line ({@code box=12|pallet=480}, as the
 * import reads them). Filters: {@code active} (true, false), {@code type}, {@code category}.
 */
@ApplicationScoped
public class ItemExports implements RecordSource {

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(ItemView.class, Set.of()).stream(),
                    Stream.of(
                            new ExportField("standard_cost_amount", FieldType.MONEY),
                            new ExportField("standard_cost_currency", FieldType.TEXT),
                            new ExportField("conversions", FieldType.TEXT)))
            .toList();

    @Inject
    CustomFields customFields;

    @Override
    public String type() {
        return ItemService.ENTITY;
    }

    @Override
    public String readPermission() {
        return Permissions.MASTERS_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Set.of("active", "type", "category");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query =
                tx.em().createQuery("SELECT COUNT(i) FROM Item i" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Item> query = tx.em()
                .createQuery(
                        "SELECT i FROM Item i" + where(filter, afterKey, parameters) + " ORDER BY i.code", Item.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, ItemService.ENTITY);
        return query.getResultList().stream().map(i -> record(i, shown)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Item> found = tx
                .em()
                .createQuery("SELECT i FROM Item i WHERE i.id IN :ids", Item.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Item::id, i -> i));
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, ItemService.ENTITY);
        List<ExportRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                records.add(record(found.get(id), shown));
            }
        }
        return records;
    }

    private static String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        filter.forEach((key, value) -> {
            switch (key) {
                case "active" -> {
                    if (!Set.of("true", "false").contains(value)) {
                        throw new Failure.InvalidInput("source.filter.active", "must be true or false");
                    }
                    clauses.add("i.active = :active");
                    parameters.put("active", Boolean.valueOf(value));
                }
                case "type" -> {
                    clauses.add("i.type = :type");
                    parameters.put("type", value);
                }
                case "category" -> {
                    clauses.add("i.category = :category");
                    parameters.put("category", value);
                }
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + key, "is not a filter of item; use [active, type, category]");
            }
        });
        if (afterKey != null) {
            clauses.add("i.code > :after");
            parameters.put("after", afterKey);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private ExportRecord record(Item item, Function<String, Map<String, Object>> shown) {
        ItemView view = ItemView.of(item, Map.of());
        Map<String, Object> values = RecordFields.values(view, FIELDS);
        values.putAll(customFields.conditionFields(shown.apply(item.customFieldsJson())));
        values.put("standard_cost_amount", item.standardCostAmount());
        values.put("standard_cost_currency", item.standardCostCurrency());
        values.put(
                "conversions",
                view.conversions().stream()
                        .map(c -> c.unit() + "=" + c.factorToBase().toPlainString())
                        .collect(Collectors.joining("|")));
        return new ExportRecord(item.code(), values, List.of());
    }
}
