package dev.procura.approvals;

import dev.procura.approvals.ApprovalViews.ApprovalView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
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

/**
 * Approvals for conversions and reports, oldest first, as the API shows them (without the current
 * approvers). Filters: {@code status} (pending, completed, rejected), {@code document_type}
 * (purchase_order, invoice, rfq).
 */
@ApplicationScoped
public class ApprovalExports extends MasterExports<Approval> {

    private static final List<ExportField> FIELDS = RecordFields.of(ApprovalView.class, Set.of("approvers"));

    @Inject
    ApprovalService approvals;

    public ApprovalExports() {
        super(
                Approval.class,
                "approval",
                Permissions.APPROVALS_READ,
                FIELDS,
                Keyset.byTimeThenId("createdAt", Approval::createdAt, Approval::id),
                Approval::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("status", ExportFilter.oneOf("status", List.of("pending", "completed", "rejected")));
        filters.put("document_type", ExportFilter.oneOf("documentType", List.of("purchase_order", "invoice", "rfq")));
        return filters;
    }

    @Override
    protected Function<Approval, Map<String, Object>> values(TenantTx tx) {
        return approval -> RecordFields.values(approvals.view(tx, approval), FIELDS);
    }
}
