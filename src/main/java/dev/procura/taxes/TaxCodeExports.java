package dev.procura.taxes;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.taxes.TaxCodeViews.PeriodView;
import dev.procura.taxes.TaxCodeViews.TaxCodeView;
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
 * Tax codes for conversions and reports, in code order, as the API shows them, with the rate
 * periods on one line as the import reads them ({@code 19@2020-01-01..2020-06-30|20@2020-07-01};
 * each period's whole rate). Filters: {@code active} (true, false), {@code inclusive} (true, false).
 */
@ApplicationScoped
public class TaxCodeExports extends MasterExports<TaxCode> {

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(TaxCodeView.class, Set.of()).stream(),
                    Stream.of(new ExportField("rates", FieldType.TEXT)))
            .toList();

    @Inject
    TaxCodeService codes;

    public TaxCodeExports() {
        super(
                TaxCode.class,
                "tax_code",
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", TaxCode::code),
                TaxCode::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("inclusive", ExportFilter.flag("inclusive"));
        return filters;
    }

    @Override
    protected Function<TaxCode, Map<String, Object>> values(TenantTx tx) {
        return code -> {
            TaxCodeView view = codes.view(tx, code);
            Map<String, Object> values = RecordFields.values(view, FIELDS);
            values.put(
                    "rates", view.rates().stream().map(TaxCodeExports::period).collect(Collectors.joining("|")));
            return values;
        };
    }

    private static String period(PeriodView period) {
        return period.rate().toPlainString() + "@" + period.validFrom()
                + (period.validTo() == null ? "" : ".." + period.validTo());
    }
}
