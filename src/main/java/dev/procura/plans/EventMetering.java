package dev.procura.plans;

import dev.procura.platform.events.EventsSealed;
import dev.procura.platform.quotas.Meter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Meters what tenants do from their sealed events, by event id: a finished conversion, a new
 * purchase order or received invoice (a transaction). A failure here rolls the sealing back, so it
 * is tried again, and the event id makes the retry count once.
 */
@ApplicationScoped
public class EventMetering {

    static final Map<String, Meter> METERED = Map.of(
            "conversion.completed", Meter.CONVERSIONS,
            "purchase_order.created", Meter.TRANSACTIONS,
            "invoice.received", Meter.TRANSACTIONS);

    @Inject
    UsageLedger ledger;

    void onSealed(@Observes EventsSealed sealed) {
        for (EventsSealed.Sealed event : sealed.events()) {
            Meter meter = METERED.get(event.eventType());
            if (meter != null) {
                ledger.record(event.eventId(), sealed.tx().tenantId(), meter, 1, event.at());
            }
        }
    }
}
