package dev.procura.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Changes made after a transaction's last event join that event's row. */
class TenantOutboxChangesTest {

    @Test
    void leftoverChangesAreAppendedToTheLastEventsChanges() {
        assertEquals("[{\"a\":1},{\"b\":2}]", TenantOutbox.mergeArrays("[{\"a\":1}]", "[{\"b\":2}]"));
        assertEquals("[{\"b\":2}]", TenantOutbox.mergeArrays(null, "[{\"b\":2}]"));
        assertEquals("[{\"b\":2}]", TenantOutbox.mergeArrays("[]", "[{\"b\":2}]"));
    }
}
