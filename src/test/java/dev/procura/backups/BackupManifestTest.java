package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.tenancy.TenantCatalog.ForeignKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BackupManifestTest {

    private static BackupManifest manifest() {
        return new BackupManifest(
                1,
                UUID.randomUUID(),
                UUID.randomUUID(),
                Instant.parse("2026-05-01T02:00:00Z"),
                "0123456789abcdef",
                List.of("001-settings::procura", "002-outbox::procura"),
                "d3JhcHBlZA==",
                List.of(
                        new BackupManifest.Table(
                                "suppliers",
                                List.of("id", "name"),
                                "tables/000-suppliers.bin",
                                3,
                                120,
                                80,
                                "ab".repeat(32)),
                        new BackupManifest.Table(
                                "outbox", List.of("id"), "tables/001-outbox.bin", 0, 19, 40, "cd".repeat(32))),
                List.of(new BackupManifest.Sequence("outbox_id_seq", 42, true)),
                List.of(new BackupManifest.FileObject("tenants/x/files/2026/05/f", 1234, "\"etag\"")));
    }

    @Test
    void readsBackWhatItWrites() {
        BackupManifest written = manifest();
        BackupManifest read = BackupManifest.parse(written.toJson());
        assertEquals(written, read);
        assertEquals(3, read.rows());
    }

    @Test
    void refusesAnotherFormatVersion() {
        String json = manifest().toJson().replace("\"format_version\":1", "\"format_version\":2");
        var error = assertThrows(BackupManifest.Unreadable.class, () -> BackupManifest.parse(json));
        assertEquals(true, error.getMessage().contains("format 2"));
    }

    @Test
    void refusesBrokenOrIncompleteJson() {
        assertThrows(BackupManifest.Unreadable.class, () -> BackupManifest.parse("{\"format_version\":1"));
        assertThrows(BackupManifest.Unreadable.class, () -> BackupManifest.parse("{\"format_version\":1}"));
        String noRows = manifest().toJson().replace("\"rows\":3,", "");
        assertThrows(BackupManifest.Unreadable.class, () -> BackupManifest.parse(noRows));
        String badId = manifest().toJson().replaceFirst("\"backup_id\":\"[^\"]+\"", "\"backup_id\":\"nope\"");
        assertThrows(BackupManifest.Unreadable.class, () -> BackupManifest.parse(badId));
    }

    @Test
    void restoreOrderPutsReferencedTablesFirst() {
        List<String> order = RestoreOrder.of(
                List.of("lines", "orders", "suppliers", "notes"),
                List.of(
                        new ForeignKey("lines", "orders"),
                        new ForeignKey("orders", "suppliers"),
                        new ForeignKey("notes", "notes")));
        assertEquals(List.of("notes", "suppliers", "orders", "lines"), order);
    }

    @Test
    void tablesInACycleStillAllAppear() {
        List<String> order =
                RestoreOrder.of(List.of("a", "b", "c"), List.of(new ForeignKey("a", "b"), new ForeignKey("b", "a")));
        assertEquals(List.of("c", "a", "b"), order);
    }
}
