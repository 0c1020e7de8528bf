package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.CurrencyView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.tenants.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tenant's currencies for conversions and reports, in code order, as the API shows them.
 * Filter: {@code active} (true, false). Currencies have no ids: they are selected by filter only.
 */
@ApplicationScoped
public class CurrencyExports extends MasterExports<Currency> {

    private static final List<ExportField> FIELDS = RecordFields.of(CurrencyView.class, Set.of());

    @Inject
    SettingsService settings;

    public CurrencyExports() {
        super(
                Currency.class,
                "currency",
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", Currency::code),
                currency -> null,
                Map.of("active", ExportFilter.flag("active")));
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        return List.of();
    }

    @Override
    protected Function<Currency, Map<String, Object>> values(TenantTx tx) {
        // Read, not CurrencyService.home(): an export must not add the tenant currency.
        String home = settings.current(tx.em()).currency();
        return currency -> RecordFields.values(CurrencyView.of(currency, home), FIELDS);
    }
}
