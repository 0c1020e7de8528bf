package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Objects;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BackupRestoreIT {

    private static final Duration JOB_TIME = Duration.ofSeconds(90);
    private static Tenants.Member operator;

    @BeforeAll
    static void operator() throws SQLException {
        operator = Tenants.platformAdmin();
    }

    private static String admin(UUID tenantId, String rest) {
        return "/api/v1/admin/tenants/" + tenantId + rest;
    }

    /** What members read of the shop: the answers a restore must give back unchanged. */
    private static Map<String, String> reads(Shop shop, UUID supplierId, String orderId, String documentId) {
        Function<String, String> read =
                path -> Api.get(shop.path(path), shop.token()).expect(200).body();
        return Map.of(
                "suppliers", read.apply("/suppliers"),
                "supplier", read.apply("/suppliers/" + supplierId),
                "order", read.apply("/purchase-orders/" + orderId),
                "orders", read.apply("/purchase-orders"),
                "document", read.apply("/documents/" + documentId),
                "documents", read.apply("/documents"));
    }

    private static JsonObject completedBackup(UUID tenantId) {
        Reply started =
                Api.post(admin(tenantId, "/backups"), operator.token(), null).expect(202);
        String location =
                java.net.URI.create(started.header("Location").orElseThrow()).getPath();
        assertEquals("queued", started.json().getString("status"));
        assertTrue(
                location.endsWith(admin(tenantId, "/backups/" + started.json().getString("id"))), location);
        JsonObject backup = Await.until("the backup to finish", JOB_TIME, () -> finished(location));
        assertEquals("completed", backup.getString("status"), backup.toString());
        return backup;
    }

    private static Optional<JsonObject> finished(String location) {
        JsonObject view = Api.get(location, operator.token()).expect(200).json();
        String status = view.getString("status");
        return "completed".equals(status) || "failed".equals(status) ? Optional.of(view) : Optional.empty();
    }

    private static Reply restore(UUID tenantId, String backupId, String target, String confirm) {
        var body = Json.createObjectBuilder().add("backup_id", backupId).add("target", target);
        if (confirm != null) {
            body.add("confirm", confirm);
        }
        return Api.post(admin(tenantId, "/restores"), operator.token(), body.build());
    }

    private static JsonObject finishedRestore(Reply started) {
        String location =
                java.net.URI.create(started.header("Location").orElseThrow()).getPath();
        return Await.until("the restore to finish", JOB_TIME, () -> finished(location));
    }

    private static String databaseOf(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT database_name FROM tenant_databases WHERE tenant_id = ?", tenantId)
                .get(0);
    }

    private static List<String> databasesLike(UUID tenantId) throws SQLException {
        String url = Tenants.databaseUrl(tenantId);
        String postgres = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        return ControlDb.stringsAt(
                postgres,
                "SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY datname",
                Tenants.databaseName(tenantId) + "%");
    }

    private static List<String> events(UUID tenantId) throws SQLException {
        return ControlDb.strings("SELECT topic FROM outbox WHERE message_key = ? ORDER BY id", tenantId.toString());
    }

    private static Reply newSupplier(Shop shop, String code) {
        return Api.post(
                shop.path("/suppliers"), shop.token(), Buying.supplierBody(code).build());
    }

    @Test
    void restoreIntoANewDatabaseAnswersWhatTheTenantAnsweredAtTheBackup() throws Exception {
        Shop shop = Buying.shop("Backup Round Trip");
        UUID supplierId = Buying.supplier(shop, "BKP1");
        String orderId = Buying.order(shop, supplierId, Buying.lines(Buying.line("PAPER", "10", "2.50", "23")))
                .getString("id");
        String documentId = Uploads.upload(shop.token(), shop.tenantId(), "terms.txt", "Terms of the backup test")
                .expect(201)
                .json()
                .getString("id");
        Map<String, String> before = reads(shop, supplierId, orderId, documentId);

        JsonObject backup = completedBackup(shop.tenantId());
        assertTrue(backup.getInt("table_count") > 10, backup.toString());
        assertTrue(backup.getJsonNumber("rows").longValue() >= 3);
        assertEquals(64, backup.getString("checksum").length());
        assertEquals(1, backup.getInt("file_objects"));
        assertTrue(backup.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("name").equals("suppliers") && t.getInt("rows") == 1));
        String prefix = "tenants/" + shop.tenantId() + "/backups/" + backup.getString("id") + "/";
        List<String> keys = Objects.keys(prefix);
        assertTrue(keys.contains(prefix + "manifest.json"), keys.toString());
        JsonObject manifest = Json.createReader(
                        new StringReader(new String(Objects.get(prefix + "manifest.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(
                backup.getInt("changesets"), manifest.getJsonArray("changesets").size());
        assertFalse(manifest.getString("wrapped_key").isBlank());
        String suppliersObject = prefix
                + manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                        .filter(t -> t.getString("name").equals("suppliers"))
                        .findFirst()
                        .orElseThrow()
                        .getString("object");
        assertFalse(new String(Objects.get(suppliersObject), StandardCharsets.ISO_8859_1).contains("BKP1"));
        assertEquals(
                2,
                Api.get(admin(shop.tenantId(), "/backups"), operator.token())
                                .expect(200)
                                .json()
                                .getInt("total")
                        + 1);

        newSupplier(shop, "BKP2").expect(201);
        Api.delete(shop.path("/documents/" + documentId), shop.token()).expect(204);
        assertNotEquals(
                before.get("suppliers"),
                Api.get(shop.path("/suppliers"), shop.token()).body());
        String oldDatabase = databaseOf(shop.tenantId());

        Reply started =
                restore(shop.tenantId(), backup.getString("id"), "new", null).expect(202);
        JsonObject refused = newSupplier(shop, "BKP3").expectProblem(409, "tenant-read-only");
        assertEquals("restore", refused.getString("reason"));
        Api.get(shop.path("/suppliers"), shop.token()).expect(200);
        JsonObject restored = finishedRestore(started);
        assertEquals("completed", restored.getString("status"), restored.toString());

        assertEquals(before, reads(shop, supplierId, orderId, documentId));
        String newDatabase = databaseOf(shop.tenantId());
        assertEquals(restored.getString("database"), newDatabase);
        assertNotEquals(oldDatabase, newDatabase);
        assertEquals(List.of(newDatabase), databasesLike(shop.tenantId()));
        newSupplier(shop, "BKP4").expect(201);
        assertTrue(events(shop.tenantId())
                .containsAll(List.of(
                        "tenant.backup_started",
                        "tenant.backup_completed",
                        "tenant.made_read_only",
                        "tenant.restore_started",
                        "tenant.restore_completed",
                        "tenant.made_writable")));
        assertEquals(
                restored.getString("id"),
                Api.get(admin(shop.tenantId(), "/restores"), operator.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"));
    }

    @Test
    void inPlaceNeedsTheTenantIdAsConfirmationAndKeepsTheDatabaseName() throws Exception {
        Shop shop = Buying.shop("Backup In Place");
        UUID supplierId = Buying.supplier(shop, "INP1");
        String before = Api.get(shop.path("/suppliers/" + supplierId), shop.token())
                .expect(200)
                .body();
        JsonObject backup = completedBackup(shop.tenantId());

        assertEquals(
                List.of("confirm"),
                restore(shop.tenantId(), backup.getString("id"), "in_place", null)
                        .fieldErrors());
        assertEquals(
                List.of("confirm"),
                restore(
                                shop.tenantId(),
                                backup.getString("id"),
                                "in_place",
                                UUID.randomUUID().toString())
                        .fieldErrors());
        assertEquals(
                List.of("target"),
                restore(shop.tenantId(), backup.getString("id"), "sideways", null)
                        .fieldErrors());
        newSupplier(shop, "INP2").expect(201);

        Reply started = restore(
                        shop.tenantId(),
                        backup.getString("id"),
                        "in_place",
                        shop.tenantId().toString())
                .expect(202);
        JsonObject restored = finishedRestore(started);
        assertEquals("completed", restored.getString("status"), restored.toString());
        assertEquals(Tenants.databaseName(shop.tenantId()), databaseOf(shop.tenantId()));
        assertEquals(List.of(Tenants.databaseName(shop.tenantId())), databasesLike(shop.tenantId()));
        assertEquals(
                before,
                Api.get(shop.path("/suppliers/" + supplierId), shop.token())
                        .expect(200)
                        .body());
        assertEquals(
                1,
                Api.get(shop.path("/suppliers"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        newSupplier(shop, "INP3").expect(201);
    }

    @Test
    void aCorruptedBackupFailsTheRestoreAndTheTenantKeepsItsDatabase() throws Exception {
        Shop shop = Buying.shop("Backup Corrupted");
        Buying.supplier(shop, "COR1");
        JsonObject backup = completedBackup(shop.tenantId());
        String prefix = "tenants/" + shop.tenantId() + "/backups/" + backup.getString("id") + "/";
        String suppliers = Objects.keys(prefix + "tables/").stream()
                .filter(k -> k.endsWith("-suppliers.bin"))
                .findFirst()
                .orElseThrow();
        byte[] bytes = Objects.get(suppliers);
        bytes[bytes.length / 2] ^= 0x20;
        Objects.put(suppliers, bytes);
        newSupplier(shop, "COR2").expect(201);
        String database = databaseOf(shop.tenantId());

        JsonObject failed = finishedRestore(
                restore(shop.tenantId(), backup.getString("id"), "new", null).expect(202));
        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getString("error").contains("authenticate"), failed.getString("error"));
        assertEquals(database, databaseOf(shop.tenantId()));
        assertEquals(List.of(database), databasesLike(shop.tenantId()));
        assertEquals(
                2,
                Api.get(shop.path("/suppliers"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        newSupplier(shop, "COR3").expect(201);
        assertTrue(events(shop.tenantId()).contains("tenant.restore_failed"));
    }

    @Test
    void onlyPlatformAdminsBackUpAndRestore() {
        Shop shop = Buying.shop("Backup Refused");
        String member = shop.token();
        Api.post(admin(shop.tenantId(), "/backups"), member, null).expectProblem(403, "forbidden");
        Api.get(admin(shop.tenantId(), "/backups"), member).expectProblem(403, "forbidden");
        Api.get(admin(shop.tenantId(), "/restores"), member).expectProblem(403, "forbidden");
        Api.post(
                        admin(shop.tenantId(), "/restores"),
                        member,
                        Json.createObjectBuilder()
                                .add("backup_id", UUID.randomUUID().toString())
                                .add("target", "new")
                                .build())
                .expectProblem(403, "forbidden");
        Api.post("/api/v1/admin/backup-schedule/runs", member, null).expectProblem(403, "forbidden");
    }

    @Test
    void unknownTenantsAndBackupsAreNotFound() {
        UUID nobody = UUID.randomUUID();
        Api.post(admin(nobody, "/backups"), operator.token(), null).expectProblem(404, "not-found");
        Api.get(admin(nobody, "/backups"), operator.token()).expectProblem(404, "not-found");
        restore(nobody, UUID.randomUUID().toString(), "new", null).expectProblem(404, "not-found");
        Shop shop = Buying.shop("Backup Unknown");
        Api.get(admin(shop.tenantId(), "/backups/" + UUID.randomUUID()), operator.token())
                .expectProblem(404, "not-found");
        restore(shop.tenantId(), UUID.randomUUID().toString(), "new", null).expectProblem(404, "not-found");
        Api.get(admin(shop.tenantId(), "/restores/" + UUID.randomUUID()), operator.token())
                .expectProblem(404, "not-found");
    }

    @Test
    void theScheduleBacksUpTenantsOnceADayAndDeletesBackupsPastRetention() throws Exception {
        Shop shop = Buying.shop("Backup Schedule");
        Buying.supplier(shop, "SCH1");
        String runs = "/api/v1/admin/backup-schedule/runs?tenant=" + shop.tenantId();
        assertEquals(
                1, Api.post(runs, operator.token(), null).expect(200).json().getInt("queued"));
        JsonObject scheduled = Await.until("the scheduled backup to finish", JOB_TIME, () -> {
            JsonObject first = Api.get(admin(shop.tenantId(), "/backups"), operator.token())
                    .expect(200)
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0);
            return "completed".equals(first.getString("status")) ? Optional.of(first) : Optional.empty();
        });
        assertEquals("scheduled", scheduled.getString("trigger"));
        assertEquals(
                0, Api.post(runs, operator.token(), null).expect(200).json().getInt("queued"));

        String prefix = "tenants/" + shop.tenantId() + "/backups/" + scheduled.getString("id") + "/";
        assertFalse(Objects.keys(prefix).isEmpty());
        ControlDb.update(
                "UPDATE tenant_backups SET created_at = created_at - interval '8 days' WHERE id = ?::uuid",
                scheduled.getString("id"));
        JsonObject run = Api.post(runs, operator.token(), null).expect(200).json();
        assertEquals(1, run.getInt("pruned"));
        assertEquals(1, run.getInt("queued"));
        assertEquals(List.of(), Objects.keys(prefix));
        Api.get(admin(shop.tenantId(), "/backups/" + scheduled.getString("id")), operator.token())
                .expectProblem(404, "not-found");
    }
}
