package dev.procura.ncrs;

import dev.procura.platform.events.EventWritten;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A rejected inspection raises its NCR (source inspection) in the transaction that rejects it,
 * so both commit or neither does. One NCR per inspection: a second rejection event, or an NCR
 * raised for it by hand first, raises none.
 */
@ApplicationScoped
public class NcrInspectionRejections {

    static final String EVENT = "inspection.rejected";

    @Inject
    NcrService ncrs;

    @Inject
    TenantCalendars calendars;

    void onEventWritten(@Observes EventWritten event) {
        if (!EVENT.equals(event.eventType()) || !(event.data() instanceof Map<?, ?> data)) {
            return;
        }
        InspectionRejection.from(data)
                .ifPresent(rejection -> ncrs.raiseFor(
                        new TenantTx(event.em(), event.tenantId(), null, calendars.of(event.tenantId(), event.em())),
                        rejection));
    }
}
