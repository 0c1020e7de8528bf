package dev.procura.rfqs;

import dev.procura.platform.buying.DraftPurchases;
import dev.procura.platform.buying.DraftRfqs;
import dev.procura.platform.security.Caller;
import dev.procura.procurement.LineRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Draft RFQs other capabilities ask for (a project BOM's buy lines), made by {@link RfqService}. */
@ApplicationScoped
public class RfqDrafts implements DraftRfqs {

    @Inject
    RfqService rfqs;

    @Override
    public DraftPurchases.Drafted createRfq(
            Caller caller,
            String title,
            String currency,
            LocalDate dueDate,
            String notes,
            List<UUID> supplierIds,
            List<DraftPurchases.Line> lines) {
        RfqViews.RfqView created = rfqs.create(
                caller,
                new RfqRequests.Rfq(
                        title,
                        currency,
                        null,
                        dueDate,
                        notes,
                        supplierIds,
                        lines.stream()
                                .map(l -> new LineRequest(
                                        l.itemCode(),
                                        l.description(),
                                        l.quantity(),
                                        l.unit(),
                                        l.unitPrice(),
                                        null,
                                        null,
                                        null))
                                .toList(),
                        null));
        return new DraftPurchases.Drafted(created.id(), created.number());
    }
}
