package dev.procura.items;

import dev.procura.items.UnitViews.UnitView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Units of measure for conversions and reports, in code order, as the API shows them. Filters:
 * {@code active} (true, false), {@code dimension}.
 */
@ApplicationScoped
public class UnitExports extends MasterExports<Unit> {

    private static final List<ExportField> FIELDS = RecordFields.of(UnitView.class, Set.of());

    public UnitExports() {
        super(
                Unit.class,
                "unit",
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", Unit::code),
                Unit::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("dimension", ExportFilter.oneOf("dimension", List.of(UnitRequests.DIMENSIONS.split("\\|"))));
        return filters;
    }

    @Override
    protected Function<Unit, Map<String, Object>> values(TenantTx tx) {
        return unit -> RecordFields.values(UnitView.of(unit), FIELDS);
    }
}
