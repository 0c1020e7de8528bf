package dev.procura.quality;

import dev.procura.platform.quality.InspectedGoods;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Inspections as other capabilities may name them (an NCR raised from one). */
@ApplicationScoped
public class QualityInspectedGoods implements InspectedGoods {

    @Override
    public Optional<Inspected> inspection(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Inspection.class, id))
                .map(i -> new Inspected(
                        i.id(), i.number(), i.itemCode(), i.plantId(), i.supplierId(), i.receiptId(), i.workOrderId()));
    }
}
