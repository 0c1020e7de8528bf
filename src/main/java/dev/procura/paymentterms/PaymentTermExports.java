package dev.procura.paymentterms;

import dev.procura.paymentterms.PaymentTermViews.PaymentTermView;
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
 * Payment terms for conversions and reports, in code order, as the API shows them. Filters:
 * {@code active} (true, false), {@code end_of_month} (true, false).
 */
@ApplicationScoped
public class PaymentTermExports extends MasterExports<PaymentTerm> {

    private static final List<ExportField> FIELDS = RecordFields.of(PaymentTermView.class, Set.of());

    public PaymentTermExports() {
        super(
                PaymentTerm.class,
                "payment_term",
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", PaymentTerm::code),
                PaymentTerm::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("active", ExportFilter.flag("active"));
        filters.put("end_of_month", ExportFilter.flag("endOfMonth"));
        return filters;
    }

    @Override
    protected Function<PaymentTerm, Map<String, Object>> values(TenantTx tx) {
        return term -> RecordFields.values(PaymentTermView.of(term), FIELDS);
    }
}
