package dev.procura.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aNewVersionIsActiveUntilRetired() {
        UUID author = UUID.randomUUID();
        WorkflowDefinition definition = new WorkflowDefinition(
                "purchase_order", 2, "Orders", "[{\"role\":\"manager\"}]", "finance", author, NOW);

        assertTrue(definition.isActive());
        assertEquals("purchase_order", definition.documentType());
        assertEquals(2, definition.version());
        assertEquals("Orders", definition.name());
        assertEquals("[{\"role\":\"manager\"}]", definition.levelsJson());
        assertEquals("finance", definition.escalateRoles());
        assertEquals(author, definition.createdBy());
        assertEquals(NOW, definition.createdAt());

        definition.retire();

        assertFalse(definition.isActive());
        assertEquals(2, definition.version(), "retiring keeps the version for history");
    }
}
