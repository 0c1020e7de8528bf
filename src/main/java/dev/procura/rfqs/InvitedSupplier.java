package dev.procura.rfqs;

import dev.procura.platform.persistence.UuidColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * A supplier invited to an RFQ (a row of {@code rfq_suppliers}).
 */
@Embeddable
public class InvitedSupplier {

    @Column(name = "supplier_id")
    @Convert(converter = UuidColumn.class)
    private UUID supplierId;

    protected InvitedSupplier() {}

    InvitedSupplier(UUID supplierId) {
        this.supplierId = supplierId;
    }

    public UUID supplierId() {
        return supplierId;
    }
}
