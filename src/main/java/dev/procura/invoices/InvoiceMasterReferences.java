package dev.procura.invoices;

import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;

/** Invoice lines name items by code and count in units, so neither is deleted under them. */
@ApplicationScoped
public class InvoiceMasterReferences implements MasterReferences {

    @Override
    public String records() {
        return "invoice_lines";
    }

    @Override
    public long namingItem(TenantTx tx, String itemCode) {
        return count(tx, "SELECT COUNT(*) FROM invoice_lines WHERE item_code = ?1", itemCode);
    }

    @Override
    public long inUnit(TenantTx tx, String unitCode) {
        return count(tx, "SELECT COUNT(*) FROM invoice_lines WHERE unit = ?1", unitCode);
    }

    private static long count(TenantTx tx, String sql, String code) {
        return ((Number) tx.em().createNativeQuery(sql).setParameter(1, code).getSingleResult()).longValue();
    }
}
