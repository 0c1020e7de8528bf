package dev.procura.quality;

import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Inspection plans name items by code, so an item with plans is not deleted or recoded under them. */
@ApplicationScoped
public class QualityMasterReferences implements MasterReferences {

    @Inject
    InspectionPlanRepository plans;

    @Override
    public String records() {
        return "inspection_plans";
    }

    @Override
    public long namingItem(TenantTx tx, String itemCode) {
        return plans.count(tx.em(), new InspectionPlanRepository.Filter(itemCode, null, null));
    }

    /** A characteristic's unit is a label (mm, N·m), not a unit of the master. */
    @Override
    public long inUnit(TenantTx tx, String unitCode) {
        return 0;
    }
}
