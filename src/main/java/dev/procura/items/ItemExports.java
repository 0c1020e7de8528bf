package dev.procura.items;

import dev.procura.items.ItemViews.ItemView;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Items for conversions and reports, in code order, as the API shows them, with the standard cost
 * in two columns and the item's own conversions on one line ({@code box=12|pallet=480}, as the
 * import reads them). Filters: {@code active} (true, false), {@code type}, {@code category}.
 */
@ApplicationScoped
public class ItemExports extends MasterExports<Item> {

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(ItemView.class, Set.of()).stream(),
                    Stream.of(
                            new ExportField("standard_cost_amount", FieldType.MONEY),
                            new ExportField("standard_cost_currency", FieldType.TEXT),
                            new ExportField("conversions", FieldType.TEXT)))
            .toList();

    @Inject
    CustomFields customFields;

    public ItemExports() {
        super(
                Item.class,
                ItemService.ENTITY,
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", Item::code),
                Item::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("type", ExportFilter.text("type"));
        filters.put("category", ExportFilter.text("category"));
        return filters;
    }

    @Override
    protected Function<Item, Map<String, Object>> values(TenantTx tx) {
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, ItemService.ENTITY);
        return item -> values(item, shown);
    }

    private Map<String, Object> values(Item item, Function<String, Map<String, Object>> shown) {
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
        return values;
    }
}
