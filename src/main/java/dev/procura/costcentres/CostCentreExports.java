package dev.procura.costcentres;

import dev.procura.costcentres.CostCentreViews.CostCentreView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cost centres for conversions and reports, in code order, as the API shows them (with the
 * parent's code). Filter: {@code active} (true, false).
 */
@ApplicationScoped
public class CostCentreExports extends MasterExports<CostCentre> {

    private static final List<ExportField> FIELDS = RecordFields.of(CostCentreView.class, Set.of());

    public CostCentreExports() {
        super(
                CostCentre.class,
                "cost_centre",
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", CostCentre::code),
                CostCentre::id,
                Map.of("active", ExportFilter.flag("active")));
    }

    @Override
    protected Function<CostCentre, Map<String, Object>> values(TenantTx tx) {
        return centre -> RecordFields.values(CostCentreService.view(tx.em(), centre), FIELDS);
    }
}
