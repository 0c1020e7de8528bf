package dev.procura.conversions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ChunkGate;
import dev.procura.support.Conversions;
import dev.procura.support.LocalServices;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What a conversion refuses, and how one is cancelled, fails and is retried. */
@MicroShedTest
class ConversionFailuresIT {

    @Test
    void badSelectionsAreRefusedAndNothingIsRecorded() {
        Shop shop = Buying.shop("Bad selections");
        Shop other = Buying.shop("Other selections");
        UUID mine = Buying.supplier(shop, "MINE");
        UUID theirs = Buying.supplier(other, "THEIRS");
        String suppliers = Conversions.builtIn(shop, "Supplier list (Excel)");
        String invoices = Conversions.builtIn(shop, "Invoices (Excel)");

        expectField(
                shop,
                Conversions.byIds(UUID.randomUUID().toString(), "supplier", List.of(mine.toString())),
                "template_id");
        expectField(shop, Conversions.byIds(suppliers, "supplier", List.of(theirs.toString())), "source.ids[0]");
        expectField(
                shop,
                Conversions.byIds(
                        suppliers,
                        "supplier",
                        List.of(mine.toString(), UUID.randomUUID().toString())),
                "source.ids[1]");
        expectField(shop, Conversions.byIds(invoices, "supplier", List.of(mine.toString())), "source.type");
        expectField(
                shop,
                Json.createObjectBuilder(Conversions.byIds(suppliers, "supplier", List.of(mine.toString())))
                        .add("format", "pptx")
                        .build(),
                "format");
        expectField(
                shop,
                Json.createObjectBuilder(Conversions.byIds(suppliers, "supplier", List.of(mine.toString())))
                        .add("locale", "not a locale!")
                        .build(),
                "locale");
        expectField(shop, filtered(suppliers, "supplier", "colour", "blue"), "source.filter.colour");
        expectField(shop, filtered(suppliers, "supplier", "status", "sleeping"), "source.filter.status");
        expectField(shop, filtered(invoices, "invoice", "from", "yesterday"), "source.filter.from");
        expectField(
                shop,
                Json.createObjectBuilder()
                        .add("template_id", suppliers)
                        .add(
                                "source",
                                Json.createObjectBuilder()
                                        .add("type", "supplier")
                                        .add("ids", Json.createArrayBuilder().add(mine.toString()))
                                        .add(
                                                "filter",
                                                Json.createObjectBuilder().add("status", "active")))
                        .build(),
                "source");
        Api.post(
                        shop.path("/conversions"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expectProblem(400, "validation");

        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID().toString());
        }
        JsonObject tooMany = Api.post(
                        shop.path("/conversions"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("template_id", suppliers)
                                .add(
                                        "source",
                                        Json.createObjectBuilder()
                                                .add("type", "supplier")
                                                .add("ids", many))
                                .build())
                .expectProblem(413, "selection-too-large");
        assertEquals(1000, tooMany.getInt("limit"));
        assertEquals(1001, tooMany.getInt("selected"));

        assertEquals(
                0,
                Api.get(shop.path("/conversions"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void aMemberWhoMayNotReadTheRecordsMayNotConvertThem() {
        Shop shop = Buying.shop("Convert rights");
        UUID supplier = Buying.supplier(shop, "ACME");
        JsonObject invoice = Conversions.invoice(shop, supplier, "ACME-9");
        String role = "exporter-" + UUID.randomUUID().toString().substring(0, 8);
        Api.post(
                        shop.path("/roles"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", role)
                                .add(
                                        "permissions",
                                        Json.createArrayBuilder()
                                                .add("tenant:read")
                                                .add("suppliers:read")
                                                .add("conversions:run"))
                                .build())
                .expect(201);
        Tenants.Member exporter = Tenants.join(shop.tenantId(), shop.token(), role);
        Api.post(
                        shop.path("/conversions"),
                        exporter.token(),
                        Conversions.byIds(
                                Conversions.builtIn(shop, "Invoices (Excel)"),
                                "invoice",
                                List.of(invoice.getString("id"))))
                .expectProblem(403, "forbidden");
        JsonObject suppliers = Conversions.run(
                shop,
                exporter.token(),
                Conversions.byIds(
                        Conversions.builtIn(shop, "Supplier list (Excel)"), "supplier", List.of(supplier.toString())));
        assertEquals("completed", suppliers.getString("status"), suppliers.toString());
        // The administrator (conversions:manage) sees it; the exporter sees only their own.
        Api.get(shop.path("/conversions/" + suppliers.getString("id")), shop.token())
                .expect(200);
        JsonObject adminsOwn = Conversions.run(
                shop,
                shop.token(),
                Conversions.byIds(
                        Conversions.builtIn(shop, "Supplier list (Excel)"), "supplier", List.of(supplier.toString())));
        Api.get(shop.path("/conversions/" + adminsOwn.getString("id")), exporter.token())
                .expectProblem(404, "not-found");
        assertEquals(
                1,
                Api.get(shop.path("/conversions"), exporter.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                2,
                Api.get(shop.path("/conversions"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void aRunningConversionIsCancelledAfterItsChunkAndLeavesNoFile() throws Exception {
        Shop shop = Buying.shop("Cancel");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(Buying.supplier(shop, "S" + i).toString());
        }
        try (ChunkGate gate = ChunkGate.closedBefore(shop.tenantId(), 1)) {
            JsonObject started = Api.post(
                            shop.path("/conversions"),
                            shop.token(),
                            Conversions.byIds(Conversions.builtIn(shop, "Supplier list (Excel)"), "supplier", ids))
                    .expect(202)
                    .json();
            String id = started.getString("id");
            gate.awaitHeld();
            JsonObject asked = Api.post(shop.path("/conversions/" + id + "/cancel"), shop.token(), null)
                    .expect(200)
                    .json();
            assertTrue(asked.getBoolean("cancel_requested"), asked.toString());
            assertEquals("running", asked.getString("status"));
            gate.open();
            JsonObject done = Conversions.awaitFinished(shop, shop.token(), id);
            assertEquals("cancelled", done.getString("status"), done.toString());
            assertFalse(done.containsKey("document_id"), done.toString());
            Api.post(shop.path("/conversions/" + id + "/cancel"), shop.token(), null)
                    .expectProblem(409, "conversion-finished");
            Api.get(shop.path("/conversions/" + id + "/download"), shop.token())
                    .expectProblem(409, "conversion-not-ready");
            Api.post(shop.path("/conversions/" + id + "/retry"), shop.token(), null)
                    .expectProblem(409, "conversion-not-failed");
        }
        assertEquals(
                0,
                Api.get(shop.path("/documents"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void aStorageOutageFailsTheConversionWithAReasonAndARetryCompletesIt() throws Exception {
        Shop shop = Buying.shop("Conversion outage");
        UUID supplier = Buying.supplier(shop, "ACME");
        JsonObject failed;
        LocalServices.run("stop", "s3proxy");
        try {
            failed = Conversions.run(
                    shop,
                    shop.token(),
                    Conversions.byIds(
                            Conversions.builtIn(shop, "Supplier list (Excel)"),
                            "supplier",
                            List.of(supplier.toString())));
        } finally {
            LocalServices.run("start");
        }
        assertEquals("failed", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("error").toLowerCase(java.util.Locale.ROOT).contains("storage"), failed.toString());
        assertTrue(!failed.getString("error").contains("Exception"), "no internals: " + failed);
        assertEquals(1, failed.getInt("records_done"), "the staged rows are kept for the retry");

        JsonObject retried = Api.post(
                        shop.path("/conversions/" + failed.getString("id") + "/retry"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals("queued", retried.getString("status"));
        JsonObject done = Conversions.awaitFinished(shop, shop.token(), failed.getString("id"));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(2, done.getInt("attempts"));
        assertEquals(1, done.getInt("records_done"), "not staged twice");
        assertTrue(Conversions.file(shop, shop.token(), done.getString("id")).length > 0);
    }

    private static JsonObject filtered(String template, String type, String key, String value) {
        return Json.createObjectBuilder()
                .add("template_id", template)
                .add(
                        "source",
                        Json.createObjectBuilder()
                                .add("type", type)
                                .add("filter", Json.createObjectBuilder().add(key, value)))
                .build();
    }

    private static void expectField(Shop shop, JsonObject request, String field) {
        JsonObject problem =
                Api.post(shop.path("/conversions"), shop.token(), request).expectProblem(400, "validation");
        assertTrue(problem.getJsonArray("errors").toString().contains("\"" + field + "\""), field + ": " + problem);
    }
}
