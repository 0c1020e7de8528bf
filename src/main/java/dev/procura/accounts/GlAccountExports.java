package dev.procura.accounts;

import dev.procura.accounts.GlAccountViews.GlAccountView;
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
 * The chart of accounts for conversions and reports, in code order, as the API shows each
 * account (with its parent's code). Filters: {@code active} (true, false), {@code type}, {@code kind}.
 */
@ApplicationScoped
public class GlAccountExports extends MasterExports<GlAccount> {

    static final String TYPE = "gl_account";
    private static final List<ExportField> FIELDS = RecordFields.of(GlAccountView.class, Set.of());

    public GlAccountExports() {
        super(
                GlAccount.class,
                TYPE,
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", GlAccount::code),
                GlAccount::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("type", ExportFilter.text("type"));
        filters.put("kind", ExportFilter.text("kind"));
        return filters;
    }

    @Override
    protected Function<GlAccount, Map<String, Object>> values(TenantTx tx) {
        return account -> RecordFields.values(GlAccountService.view(tx.em(), account), FIELDS);
    }
}
