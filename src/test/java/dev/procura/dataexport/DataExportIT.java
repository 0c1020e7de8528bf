package dev.procura.dataexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Notifications;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A tenant admin exports the company's data: the ZIP, fetched through its presigned URL, holds the
 * supplier, the order and its lines as JSON rows, the uploaded file's bytes and a manifest. Only
 * the tenant's own admins may export; the export is audited and its requester told.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Shop shop;
    private UUID supplierId;
    private String orderId;
    private byte[] uploaded;
    private JsonObject completed;
    private Map<String, byte[]> entries;

    @BeforeAll
    void exportATenantWithData() throws Exception {
        shop = Buying.shop("Export " + UUID.randomUUID());
        supplierId = Buying.supplier(shop, "EXP" + (System.nanoTime() % 100000));
        orderId = Buying.order(shop, supplierId, Buying.lines(Buying.line("LAPTOP", "2", "999.50", "0.23")))
                .getString("id");
        uploaded = ("contract terms " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Uploads.upload(shop.token(), shop.tenantId(), "terms.txt", uploaded, new LinkedHashMap<>())
                .expect(201);

        Reply started = Api.post(shop.path("/exports"), shop.token(), null).expect(202);
        JsonObject queued = started.json();
        String location = started.header("Location").orElseThrow();
        assertTrue(location.endsWith(shop.path("/exports/" + queued.getString("id"))), location);
        completed = Await.until("the export to finish", Duration.ofSeconds(90), () -> {
            JsonObject now = Api.get(shop.path("/exports/" + queued.getString("id")), shop.token())
                    .expect(200)
                    .json();
            return List.of("completed", "failed").contains(now.getString("status"))
                    ? Optional.of(now)
                    : Optional.empty();
        });
        assertEquals("completed", completed.getString("status"), completed.toString());
        entries = unzip(download(completed.getString("download_url")));
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "download of the export");
        return response.body();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private JsonArray rowsOf(String table) {
        byte[] json = entries.get(table + ".json");
        assertTrue(json != null, "no " + table + ".json in " + entries.keySet());
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
                .readArray();
    }

    private static List<JsonObject> matching(JsonArray rows, String column, String value) {
        return rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(row -> value.equals(row.getString(column, null)))
                .toList();
    }

    @Test
    void theSupplierIsInItsTableAsAJsonObject() {
        List<JsonObject> suppliers = matching(rowsOf("suppliers"), "id", supplierId.toString());
        assertEquals(1, suppliers.size(), rowsOf("suppliers").toString());
        assertTrue(suppliers.get(0).getString("legal_name").endsWith("Supplies Ltd"), suppliers.toString());
    }

    @Test
    void theOrderAndItsLinesAreThere() {
        List<JsonObject> orders = matching(rowsOf("purchase_orders"), "id", orderId);
        assertEquals(1, orders.size());
        assertEquals(supplierId.toString(), orders.get(0).getString("supplier_id"));
        List<JsonObject> lines = matching(rowsOf("purchase_order_lines"), "purchase_order_id", orderId);
        assertEquals(1, lines.size(), rowsOf("purchase_order_lines").toString());
    }

    @Test
    void theUploadedFilesBytesAreUnderFiles() {
        List<String> files = entries.keySet().stream()
                .filter(name -> name.startsWith("files/"))
                .toList();
        assertEquals(1, files.size(), entries.keySet().toString());
        assertArrayEquals(uploaded, entries.get(files.get(0)));
    }

    @Test
    void theManifestCountsEveryTableAndFile() {
        JsonObject manifest = Json.createReader(
                        new StringReader(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)))
                .readObject();
        assertEquals(shop.tenantId().toString(), manifest.getString("tenant_id"));
        assertEquals(completed.getString("id"), manifest.getString("export_id"));
        assertTrue(manifest.getString("generated_at").startsWith("20"), manifest.toString());
        JsonObject counts = manifest.getJsonObject("entities");
        assertEquals(1, counts.getInt("suppliers"));
        assertEquals(1, counts.getInt("purchase_orders"));
        for (String table : counts.keySet()) {
            assertEquals(counts.getInt(table), rowsOf(table).size(), table);
        }
        assertEquals(1, manifest.getJsonObject("files").getInt("count"));
        assertEquals(counts.size(), completed.getInt("tables"));
        assertEquals(1, completed.getInt("files"));
        assertTrue(completed.getJsonNumber("size_bytes").longValue() > 0);
    }

    @Test
    void theExportIsAuditedInTheTenantAndTheRequesterIsTold() throws Exception {
        List<String> events = ControlDb.stringsAt(
                Tenants.databaseUrl(shop.tenantId()),
                "SELECT topic FROM outbox WHERE message_key = ? ORDER BY id",
                completed.getString("id"));
        assertTrue(events.containsAll(List.of("data_export.requested", "data_export.completed")), events.toString());
        JsonObject told = Notifications.await(
                shop.tenantId(),
                shop.token(),
                n -> "download_ready".equals(n.getString("type"))
                        && n.getString("title").contains("data export"),
                Duration.ofSeconds(30));
        assertTrue(told.toString().contains(completed.getString("id")), told.toString());
    }

    @Test
    void onlyTheTenantsOwnAdminsMayExport() {
        String path = shop.path("/exports/" + completed.getString("id"));
        Shop other = Buying.shop("Export other " + UUID.randomUUID());
        Tenants.Member stranger = Tenants.signedIn();
        for (String token : List.of(other.token(), stranger.token())) {
            Api.post(shop.path("/exports"), token, null).expectProblem(404, "not-found");
            Api.get(path, token).expectProblem(404, "not-found");
        }
        Api.post(shop.path("/exports"), null, null).expectProblem(401, "unauthenticated");
        for (String role : List.of("viewer", "requester", "approver")) {
            Tenants.Member member = Tenants.join(shop.tenantId(), shop.token(), role);
            Api.post(shop.path("/exports"), member.token(), null).expectProblem(403, "forbidden");
            Api.get(path, member.token()).expectProblem(403, "forbidden");
        }
        // Another tenant's admin asking for this export in their own tenant: not found there.
        Api.get(other.path("/exports/" + completed.getString("id")), other.token())
                .expectProblem(404, "not-found");
    }
}
