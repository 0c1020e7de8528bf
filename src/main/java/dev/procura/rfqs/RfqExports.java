package dev.procura.rfqs;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.DocumentExports;
import dev.procura.procurement.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** RFQs for conversions and reports, in number order, dated by their response due date. */
@ApplicationScoped
public class RfqExports extends DocumentExports<Rfq.Status, Rfq> {

    public RfqExports() {
        super(Rfq.class, Rfq.Status.class, RfqViews.RfqView.class, "dueDate", false);
    }

    @Override
    public String type() {
        return "rfq";
    }

    @Override
    public String readPermission() {
        return Permissions.PURCHASING_READ;
    }

    @Override
    protected Record view(TenantTx tx, Rfq rfq) {
        return RfqViews.RfqView.of(rfq, List.of(), Map.of());
    }

    @Override
    protected List<LineItem> lines(Rfq rfq) {
        return rfq.lines();
    }

    @Override
    protected String customFieldsJson(Rfq document) {
        return document.customFieldsJson();
    }
}
