package dev.procura.ncrs;

import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;

/** NCRs name items by code and count in units, so neither is deleted under them. */
@ApplicationScoped
public class NcrMasterReferences implements MasterReferences {

    @Override
    public String records() {
        return "ncrs";
    }

    @Override
    public long namingItem(TenantTx tx, String itemCode) {
        return tx.em()
                .createQuery("SELECT COUNT(n) FROM Ncr n WHERE n.itemCode = :code", Long.class)
                .setParameter("code", itemCode)
                .getSingleResult();
    }

    @Override
    public long inUnit(TenantTx tx, String unitCode) {
        return tx.em()
                .createQuery("SELECT COUNT(n) FROM Ncr n WHERE n.unit = :code", Long.class)
                .setParameter("code", unitCode)
                .getSingleResult();
    }
}
