package dev.procura.platform.buying;

import dev.procura.platform.security.Caller;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Port implemented by the RFQs capability: a draft RFQ created on another capability's behalf. */
public interface DraftRfqs {

    /** Creates a draft RFQ as {@code caller} would through the API; joins the caller's tenant transaction. */
    DraftPurchases.Drafted createRfq(
            Caller caller,
            String title,
            String currency,
            LocalDate dueDate,
            String notes,
            List<UUID> supplierIds,
            List<DraftPurchases.Line> lines);
}
