package dev.procura.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying.Shop;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Scans through the API: an SSCC as a GS1 element string (with a symbology identifier), as a
 * Digital Link and as a plain code; a shipment number; unknown codes (404, recorded) and ambiguous
 * ones (409 with the candidates); a bad GS1 string; a batch uploaded twice (the second time all
 * duplicates, nothing applied again); receiving scans that record receipts; ship scans that ship
 * packages and then their shipment (issuing its lot).
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanIT {

    private static final String GTIN = "09506000134352";

    private Shop shop;
    private String customer;
    private JsonObject outbound;

    @BeforeAll
    void arrange() {
        shop = Shipments.shop("Scans");
        Shipments.item(shop, "TOTE", true, false);
        Shipments.item(shop, "BIN", true, false);
        Shipments.item(shop, "PLAIN", false, false);
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "GTINED")
                                .add("description", "Item with a GTIN")
                                .add("type", "purchased")
                                .add("base_unit", "ea")
                                .add("gtin", GTIN)
                                .build())
                .expect(201);
        customer = Shipments.customer(shop, "scan-customer");
        outbound = Shipments.create(
                shop, Shipments.outbound(customer, List.of(Shipments.line("PLAIN", null, null, "1", "P1")), "P1"));
    }

    private JsonObject scan(String code, String context, int status) {
        return Api.post(shop.path("/barcodes/scan"), shop.token(), Shipments.scanBody(code, context))
                .expect(status)
                .json();
    }

    private List<JsonObject> events(String code) {
        return Api.get(
                        shop.path(
                                "/barcodes/scans?per_page=100&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)),
                        shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void anSsccResolvesToItsPackageHoweverItIsWritten() {
        String sscc = Shipments.sscc(outbound, 0);
        String packageId = outbound.getJsonArray("packages").getJsonObject(0).getString("id");
        for (String code : List.of("]C100" + sscc, "(00)" + sscc, "https://id.example.com/00/" + sscc, sscc)) {
            JsonObject scanned = scan(code, "inspect", 201);
            assertEquals("recorded", scanned.getString("outcome"), code);
            assertEquals("package", scanned.getJsonObject("target").getString("kind"), code);
            assertEquals(packageId, scanned.getJsonObject("target").getString("id"), code);
            assertEquals(
                    outbound.getString("id"), scanned.getJsonObject("target").getString("shipment_id"));
        }
        JsonObject gs1 = scan("(00)" + sscc, "inspect", 201);
        assertEquals("gs1", gs1.getString("symbology"));
        assertEquals("00", gs1.getJsonArray("elements").getJsonObject(0).getString("ai"));
        assertEquals(sscc, gs1.getJsonArray("elements").getJsonObject(0).getString("value"));
        assertEquals(
                "digital_link",
                scan("https://id.example.com/00/" + sscc, "inspect", 201).getString("symbology"));
        assertEquals("plain", scan(sscc, "inspect", 201).getString("symbology"));
        List<JsonObject> recorded = events("(00)" + sscc);
        assertTrue(recorded.stream()
                        .filter(e -> e.getString("context").equals("inspect"))
                        .count()
                >= 2);
    }

    @Test
    void aShipmentNumberAndALotNumberResolvePlainly() {
        JsonObject shipment = scan(outbound.getString("number"), "inspect", 201);
        assertEquals("shipment", shipment.getJsonObject("target").getString("kind"));
        String lot = Shipments.lot(shop, "TOTE", "TT-PLAIN", "3", null).getString("id");
        JsonObject scanned = scan("TT-PLAIN", "inspect", 201);
        assertEquals("lot", scanned.getJsonObject("target").getString("kind"));
        assertEquals(lot, scanned.getJsonObject("target").getString("id"));
        assertEquals("TOTE", scanned.getJsonObject("target").getString("item_code"));
    }

    @Test
    void aGtinWithABatchOrASerialResolvesToTheLotOrSerialNumberOfItsItem() {
        String lot = Shipments.lot(shop, "GTINED", "GT-1", "2", null).getString("id");
        Shipments.lot(shop, "TOTE", "GT-1", "2", null);
        for (String code : List.of(
                "(01)" + GTIN + "(10)GT-1",
                "]d201" + GTIN + "10GT-1",
                "]C110GT-1\u001d01" + GTIN,
                "https://id.example.com/01/" + GTIN + "/10/GT-1")) {
            JsonObject scanned = scan(code, "inspect", 201);
            assertEquals("lot", scanned.getJsonObject("target").getString("kind"), code);
            assertEquals(lot, scanned.getJsonObject("target").getString("id"), code);
            assertEquals("GTINED", scanned.getJsonObject("target").getString("item_code"), code);
        }
        String serial = Api.post(
                        shop.path("/serial-numbers"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "GTINED")
                                .add("number", "GS-1")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject bySerial = scan("(01)" + GTIN + "(21)GS-1", "inspect", 201);
        assertEquals("serial", bySerial.getJsonObject("target").getString("kind"));
        assertEquals(serial, bySerial.getJsonObject("target").getString("id"));
        JsonObject byItem = scan("(01)" + GTIN, "inspect", 201);
        assertEquals("item", byItem.getJsonObject("target").getString("kind"));
        assertEquals("GTINED", byItem.getJsonObject("target").getString("item_code"));
        Api.post(
                        shop.path("/barcodes/scan"),
                        shop.token(),
                        Shipments.scanBody("(01)" + GTIN + "(10)GT-NONE", "inspect"))
                .expectProblem(404, "scan-unknown-code");
    }

    @Test
    void aReceivingGs1ScanWithACountReceivesThatMany() {
        String order = Shipments.sentOrder(shop, "GTINED", "10");
        JsonObject inbound = Shipments.create(
                shop, Shipments.inbound(order, List.of(Shipments.line("GTINED", "GT-IN", null, "10", null))));
        String id = inbound.getString("id");
        Shipments.act(shop, id, "pack");
        Shipments.act(shop, id, "ship");
        JsonObject scanned = scan("(01)" + GTIN + "(10)GT-IN(37)4", "receive", 201);
        assertEquals("lot", scanned.getJsonObject("target").getString("kind"));
        JsonObject read =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals(
                0,
                new BigDecimal("4")
                        .compareTo(read.getJsonArray("lines")
                                .getJsonObject(0)
                                .getJsonNumber("received_quantity")
                                .bigDecimalValue()));
        JsonObject delivered = Shipments.act(shop, id, "deliver");
        assertEquals(2, delivered.getJsonArray("receipt_numbers").size());
        JsonObject lot = Api.get(shop.path("/lots?item_code=GTINED&q=GT-IN"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(
                0, new BigDecimal("10").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
    }

    @Test
    void anUnknownCodeIsNotFoundWithWhatWasReadAndIsRecorded() {
        String unknown = "NOTHING-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject problem = Api.post(shop.path("/barcodes/scan"), shop.token(), Shipments.scanBody(unknown, "inspect"))
                .expectProblem(404, "scan-unknown-code");
        assertEquals(unknown, problem.getJsonObject("read").getString("code"));
        assertEquals("plain", problem.getJsonObject("read").getString("symbology"));
        assertEquals(
                List.of("unknown"),
                events(unknown).stream().map(e -> e.getString("outcome")).toList());
        String sscc = "0" + Shipments.PREFIX + "999999999";
        sscc = sscc + dev.procura.platform.gs1.Gs1.checkDigit(sscc);
        JsonObject gs1 = Api.post(
                        shop.path("/barcodes/scan"), shop.token(), Shipments.scanBody("(00)" + sscc, "inspect"))
                .expectProblem(404, "scan-unknown-code");
        assertEquals(sscc, gs1.getJsonObject("read").getJsonObject("elements").getString("00"));
    }

    @Test
    void aLotNumberTwoItemsShareIsAmbiguousWithBothCandidates() {
        Shipments.lot(shop, "TOTE", "SHARED-1", "1", null);
        Shipments.lot(shop, "BIN", "SHARED-1", "1", null);
        JsonObject problem = Api.post(
                        shop.path("/barcodes/scan"), shop.token(), Shipments.scanBody("SHARED-1", "inspect"))
                .expectProblem(409, "scan-ambiguous-code");
        assertEquals(
                Set.of("TOTE", "BIN"),
                problem.getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("item_code"))
                        .collect(Collectors.toSet()));
        assertEquals(
                List.of("ambiguous"),
                events("SHARED-1").stream().map(e -> e.getString("outcome")).toList());
    }

    @Test
    void aCodeThatSaysItIsGs1AndIsNotIsRefused() {
        assertEquals(
                List.of("code"),
                Api.post(
                                shop.path("/barcodes/scan"),
                                shop.token(),
                                Shipments.scanBody("(00)123456789012345678", "inspect"))
                        .fieldErrors());
        assertEquals(
                Set.of("context", "at"),
                Set.copyOf(Api.post(
                                shop.path("/barcodes/scan"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "X")
                                        .add("context", "dance")
                                        .build())
                        .fieldErrors()));
        assertEquals(
                List.of("at"),
                Api.post(
                                shop.path("/barcodes/scan"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("code", "X")
                                        .add("context", "inspect")
                                        .add(
                                                "at",
                                                Instant.now().plusSeconds(86400).toString())
                                        .build())
                        .fieldErrors());
    }

    @Test
    void aBatchUploadedTwiceIsAppliedOnce() {
        String device = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        String sscc = Shipments.sscc(outbound, 0);
        JsonArrayBuilder scans = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            scans.add(Json.createObjectBuilder()
                    .add("code", i == 2 ? "UNKNOWN-" + device : "(00)" + sscc)
                    .add("context", "move")
                    .add("location", "dock-" + i)
                    .add("at", Instant.now().minusSeconds(60 - i).toString())
                    .add("device_id", device)
                    .add("device_event_id", "e" + i));
        }
        JsonObject batch = Json.createObjectBuilder().add("scans", scans).build();
        JsonObject first = Api.post(shop.path("/barcodes/scans"), shop.token(), batch)
                .expect(200)
                .json();
        assertEquals(2, first.getInt("recorded"));
        assertEquals(0, first.getInt("duplicates"));
        assertEquals(1, first.getInt("failed"));
        assertEquals(
                List.of("recorded", "recorded", "unknown"),
                first.getJsonArray("scans").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("outcome"))
                        .toList());
        JsonObject moved = Api.get(shop.path("/shipments/" + outbound.getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals("dock-1", moved.getJsonArray("packages").getJsonObject(0).getString("location"));
        long before = Api.get(shop.path("/barcodes/scans"), shop.token())
                .expect(200)
                .json()
                .getInt("total");

        JsonObject again = Api.post(shop.path("/barcodes/scans"), shop.token(), batch)
                .expect(200)
                .json();
        assertEquals(0, again.getInt("recorded"));
        assertEquals(3, again.getInt("duplicates"));
        assertEquals(
                first.getJsonArray("scans").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList(),
                again.getJsonArray("scans").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList());
        assertEquals(
                before,
                Api.get(shop.path("/barcodes/scans"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        JsonObject single = Json.createObjectBuilder(Shipments.scanBody("(00)" + sscc, "move"))
                .add("device_id", device)
                .add("device_event_id", "e0")
                .build();
        assertEquals(
                "duplicate",
                Api.post(shop.path("/barcodes/scan"), shop.token(), single)
                        .expect(200)
                        .json()
                        .getString("outcome"));
        assertEquals(
                List.of("scans"),
                Api.post(
                                shop.path("/barcodes/scans"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("scans", Json.createArrayBuilder())
                                        .build())
                        .fieldErrors());
    }

    @Test
    void aReceivingScanRecordsTheReceiptOfTheInboundShipmentThatBringsIt() {
        String order = Shipments.sentOrder(shop, "BIN", "10");
        JsonObject inbound = Shipments.create(
                shop,
                Shipments.inbound(
                        order,
                        List.of(
                                Shipments.line("BIN", "BN-IN-1", null, "6", "P1"),
                                Shipments.line("BIN", "BN-IN-2", null, "4", "P2")),
                        "P1",
                        "P2"));
        String id = inbound.getString("id");
        Api.post(shop.path("/barcodes/scan"), shop.token(), Shipments.scanBody("BN-IN-1", "receive"))
                .expectProblem(404, "scan-unknown-code");
        Shipments.act(shop, id, "pack");
        Shipments.act(shop, id, "ship");

        JsonObject byLot = scan("BN-IN-1", "receive", 201);
        assertEquals("lot", byLot.getJsonObject("target").getString("kind"));
        assertTrue(byLot.getString("detail").contains("GRN-"), byLot.getString("detail"));
        JsonObject byPackage = scan("(00)" + Shipments.sscc(inbound, 1), "receive", 201);
        assertEquals("package", byPackage.getJsonObject("target").getString("kind"));

        JsonObject read =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals(2, read.getJsonArray("receipt_numbers").size());
        for (JsonObject line : read.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            assertEquals(
                    0,
                    line.getJsonNumber("quantity")
                            .bigDecimalValue()
                            .compareTo(line.getJsonNumber("received_quantity").bigDecimalValue()));
        }
        JsonObject lot = Api.get(shop.path("/lots?item_code=BIN&q=BN-IN-2"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(
                0, new BigDecimal("4").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        JsonObject delivered = Shipments.act(shop, id, "deliver");
        assertEquals(2, delivered.getJsonArray("receipt_numbers").size());
    }

    @Test
    void shipScansShipThePackagesAndWithTheLastOneTheShipment() {
        String lotId = Shipments.lot(shop, "TOTE", "TT-SHIP", "5", null).getString("id");
        JsonObject made = Shipments.create(
                shop,
                Shipments.outbound(
                        customer,
                        List.of(
                                Shipments.line("TOTE", "TT-SHIP", null, "2", "A"),
                                Shipments.line("PLAIN", null, null, "1", "B")),
                        "A",
                        "B"));
        String id = made.getString("id");
        Shipments.act(shop, id, "pack");
        JsonObject first = scan("(00)" + Shipments.sscc(made, 0), "ship", 201);
        assertTrue(first.getString("detail").contains("1 of shipment"), first.getString("detail"));
        JsonObject half =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals("packed", half.getString("status"));
        assertFalse(absent(half.getJsonArray("packages").getJsonObject(0), "shipped_at"));
        assertTrue(absent(half.getJsonArray("packages").getJsonObject(1), "shipped_at"));

        scan("]C100" + Shipments.sscc(made, 1), "ship", 201);
        JsonObject shipped =
                Api.get(shop.path("/shipments/" + id), shop.token()).expect(200).json();
        assertEquals("shipped", shipped.getString("status"));
        assertFalse(absent(shipped, "shipped_at"));
        JsonObject lot =
                Api.get(shop.path("/lots/" + lotId), shop.token()).expect(200).json();
        assertEquals(
                0, new BigDecimal("3").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        Api.post(
                        shop.path("/barcodes/scan"),
                        shop.token(),
                        Shipments.scanBody("(00)" + Shipments.sscc(made, 1), "ship"))
                .expectProblem(409, "invalid-transition");
    }

    private static boolean absent(JsonObject json, String name) {
        return !json.containsKey(name) || json.isNull(name);
    }
}
