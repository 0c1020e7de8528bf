package dev.procura.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.events.EventsSealed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRefTest {

    private static final UUID ORDER = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final UUID SUPPLIER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    private static final UUID DOCUMENT = UUID.fromString("9b2d7c3a-5e41-4f0b-8d6e-2a1c3b4d5e6f");

    private static EventsSealed.Sealed event(String type, String key) {
        return new EventsSealed.Sealed(UUID.randomUUID(), type, key, null, Instant.EPOCH, null);
    }

    private static List<RecordRef> changedBy(EventsSealed.Sealed... events) {
        return RecordRef.changedBy(Arrays.asList(events));
    }

    @Test
    void eventsNameTheirRecordsOnceInTheOrderFirstNamed() {
        assertEquals(
                List.of(
                        new RecordRef("purchase_order", ORDER),
                        new RecordRef("supplier", SUPPLIER),
                        new RecordRef("document", DOCUMENT)),
                changedBy(
                        event("purchase_order.submitted", ORDER.toString()),
                        event("supplier.updated", SUPPLIER.toString()),
                        event("purchase_order.approved", ORDER.toString()),
                        event("document.uploaded", DOCUMENT.toString())));
    }

    @Test
    void theRecordTypeIsTheEventTypeBeforeItsFirstDot() {
        assertEquals(
                List.of(
                        new RecordRef("budget", ORDER),
                        new RecordRef("purchase_order", ORDER),
                        new RecordRef(SearchSource.ANY_RECORD, DOCUMENT)),
                changedBy(
                        event("budget.warning", ORDER.toString()),
                        event("purchase_order.created", ORDER.toString().toUpperCase(Locale.ROOT)),
                        event("record.changed", DOCUMENT.toString())));
    }

    @Test
    void keysThatAreNoIdsAreSkipped() {
        assertEquals(
                List.of(),
                changedBy(
                        event("purchase_order.created", "PO-000042"),
                        event("tenant.migrated", null),
                        event("member.added", ""),
                        event("supplier.updated", "1-2-3-4-5"),
                        event("supplier.updated", ORDER + "0")));
    }
}
