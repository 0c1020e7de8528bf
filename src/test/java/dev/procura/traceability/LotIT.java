package dev.procura.traceability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Lots: numbered by the item's rule (race-free) or by hand, made on goods receipt with the
 * supplier and supplier lot, changed through the allowed statuses, issued to customers, listed
 * with filters; bad input is refused with every field and leaves nothing half-written.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotIT {

    private Shop shop;
    private UUID supplier;
    private String customer;

    @BeforeAll
    void arrange() {
        shop = Traces.shop("Lots");
        supplier = Buying.supplier(shop, "LOTSUP");
        customer = Traces.customer(shop, "lot-customer");
        Traces.item(shop, "FLOUR", true, false);
        Traces.item(shop, "SUGAR", false, false);
        Traces.item(shop, "SALT", true, false);
        Traces.item(shop, "YEAST", false, false);
        Traces.item(shop, "BARLEY", true, false);
    }

    private static JsonObject rules(JsonObject lot, JsonObject serial) {
        var body = Json.createObjectBuilder();
        if (lot != null) {
            body.add("lot", lot);
        }
        if (serial != null) {
            body.add("serial", serial);
        }
        return body.build();
    }

    private static JsonObject scheme(String prefix, String pattern, int width, boolean gs1) {
        var scheme = Json.createObjectBuilder().add("sequence_width", width).add("gs1", gs1);
        if (prefix != null) {
            scheme.add("prefix", prefix);
        }
        if (pattern != null) {
            scheme.add("date_pattern", pattern);
        }
        return scheme.build();
    }

    @Test
    void aLotRuleNumbersTheLotsOfReceiptsThatNameNone() {
        JsonObject defined = Api.put(
                        shop.path("/traceability/numbering-rules/FLOUR"),
                        shop.token(),
                        rules(scheme("F-", "yyMMdd", 3, true), scheme("FS", null, 5, false)))
                .expect(200)
                .json();
        assertEquals("F-", defined.getJsonObject("lot").getString("prefix"));
        assertEquals(1, defined.getJsonObject("lot").getInt("next_sequence"));
        assertEquals(5, defined.getJsonObject("serial").getInt("sequence_width"));
        assertEquals(
                defined.getJsonObject("lot").getString("date_pattern"),
                Api.get(shop.path("/traceability/numbering-rules/FLOUR"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("lot")
                        .getString("date_pattern"));

        JsonObject receipt = Traces.receiveLot(shop, supplier, "FLOUR", "40", null, "MILL-77");
        Traces.receiveLot(shop, supplier, "FLOUR", "5", null, null);

        String today = LocalDate.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyMMdd"));
        JsonObject first = Traces.lot(shop, "FLOUR", "F-" + today + "001");
        JsonObject lot = Api.get(shop.path("/lots/" + first.getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals(
                0, new BigDecimal("40").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("ea", lot.getString("unit"));
        assertEquals("available", lot.getString("status"));
        assertEquals(supplier.toString(), lot.getString("supplier_id"));
        assertEquals("MILL-77", lot.getString("supplier_lot"));
        assertEquals(receipt.getString("id"), lot.getString("receipt_id"));
        JsonObject movement = lot.getJsonArray("movements").getJsonObject(0);
        assertEquals("received", movement.getString("kind"));
        assertEquals("receipt", movement.getString("document_type"));
        assertEquals(receipt.getString("number"), movement.getString("document_number"));
        assertEquals(supplier.toString(), movement.getString("party_id"));
        assertEquals(
                "F-" + today + "002",
                Traces.lot(shop, "FLOUR", "F-" + today + "002").getString("number"));
        assertEquals(
                3,
                Api.get(shop.path("/traceability/numbering-rules/FLOUR"), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("lot")
                        .getInt("next_sequence"));
        Await.until(
                "lot.created on the audit trail",
                Duration.ofSeconds(20),
                () -> Api.get(shop.path("/audit/logs?action=lot.created"), shop.token())
                                .expect(200)
                                .json()
                                .getInt("total")
                        >= 2);
    }

    @Test
    void concurrentLotsTakeDistinctNumbersFromTheRule() throws Exception {
        Api.put(
                        shop.path("/traceability/numbering-rules/YEAST"),
                        shop.token(),
                        rules(scheme("Y", null, 4, false), null))
                .expect(200);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> Api.post(
                                shop.path("/lots"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("item_code", "YEAST")
                                        .add("quantity", 1)
                                        .build()),
                        pool));
            }
            Set<String> numbers = new HashSet<>();
            for (CompletableFuture<Reply> call : calls) {
                numbers.add(call.get().expect(201).json().getString("number"));
            }
            assertEquals(12, numbers.size(), numbers::toString);
            assertTrue(numbers.contains("Y0001") && numbers.contains("Y0012"), numbers::toString);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badRulesAreRefusedWithEveryFieldAtFault() {
        assertEquals(
                List.of("lot.sequence_width", "serial.date_pattern"),
                Api.put(
                                shop.path("/traceability/numbering-rules/SUGAR"),
                                shop.token(),
                                rules(scheme("SUGAR-", "yyyyMMdd", 8, true), scheme("S", "HH", 4, false)))
                        .fieldErrors());
        assertEquals(
                List.of("item_code"),
                Api.put(
                                shop.path("/traceability/numbering-rules/NO-SUCH"),
                                shop.token(),
                                rules(scheme("X", null, 4, false), null))
                        .fieldErrors());
        assertEquals(
                List.of("lot"),
                Api.put(shop.path("/traceability/numbering-rules/SUGAR"), shop.token(), rules(null, null))
                        .fieldErrors());
        Api.get(shop.path("/traceability/numbering-rules/SUGAR"), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void aGs1RuleRefusesHandGivenLotNumbersOutsideGs1() {
        Api.put(shop.path("/traceability/numbering-rules/SALT"), shop.token(), rules(scheme("S", null, 4, true), null))
                .expect(200);
        assertEquals(
                List.of("number"),
                Api.post(
                                shop.path("/lots"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("item_code", "SALT")
                                        .add("number", "SALT#1")
                                        .add("quantity", 1)
                                        .build())
                        .fieldErrors());
        Traces.handLot(shop, "SALT", "SALT-1", "1");
        Api.delete(shop.path("/traceability/numbering-rules/SALT"), shop.token())
                .expect(204);
        Api.get(shop.path("/traceability/numbering-rules/SALT"), shop.token()).expectProblem(404, "not-found");
        Traces.handLot(shop, "SALT", "SALT#1", "1");
    }

    @Test
    void aReceiptIntoALotTheItemHasAddsToItAndKeepsTheSupplierLotAndExpiry() {
        String expires = LocalDate.now(ZoneId.of("UTC")).plusMonths(6).toString();
        String order = Traces.sentOrder(shop, supplier, "SUGAR", "30", null);
        Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Traces.receipt("10", "SU-1", "CANE-5", null, expires))
                .expect(201);
        Api.post(
                        shop.path("/purchase-orders/" + order + "/receipts"),
                        shop.token(),
                        Traces.receipt("15", "SU-1", "CANE-5", null, expires))
                .expect(201);
        JsonObject lot = Api.get(
                        shop.path("/lots/" + Traces.lot(shop, "SUGAR", "SU-1").getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals(
                0, new BigDecimal("25").compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("CANE-5", lot.getString("supplier_lot"));
        assertEquals(expires, lot.getString("expires_on"));
        assertEquals(2, lot.getJsonArray("movements").size());
    }

    @Test
    void receiptLinesWithBadTraceabilityAreRefusedAndNothingIsWritten() {
        String order = Traces.sentOrder(shop, supplier, "BARLEY", "3", null);
        String yesterday = LocalDate.now(ZoneId.of("UTC")).minusDays(2).toString();
        assertEquals(
                List.of("lines[0].serial_numbers", "lines[0].expires_on"),
                Api.post(
                                shop.path("/purchase-orders/" + order + "/receipts"),
                                shop.token(),
                                Traces.receipt("3", "SA-9", null, List.of("A", "B"), yesterday))
                        .fieldErrors());
        assertEquals(
                List.of("lines[0].lot_number"),
                Api.post(
                                shop.path("/purchase-orders/" + order + "/receipts"),
                                shop.token(),
                                Traces.receipt("3", null, null, null, null))
                        .fieldErrors());
        assertEquals(
                List.of("lines[0].lot_number"),
                Api.post(
                                shop.path("/purchase-orders/" + order + "/receipts"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add(
                                                "lines",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("line", 1)
                                                                .add("accepted_quantity", 0)
                                                                .add("rejected_quantity", 3)
                                                                .add("lot_number", "SA-9")))
                                        .build())
                        .fieldErrors());
        assertEquals(
                "[]",
                Api.get(shop.path("/purchase-orders/" + order + "/receipts"), shop.token())
                        .expect(200)
                        .body()
                        .replace(" ", ""));
        assertEquals(
                "sent",
                Api.get(shop.path("/purchase-orders/" + order), shop.token())
                        .expect(200)
                        .json()
                        .getString("status"));
        assertEquals(
                0,
                Api.get(shop.path("/lots?item_code=BARLEY"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void aLotGoesBetweenAvailableAndQuarantineByHandButNeverIntoConsumed() {
        String id = Traces.handLot(shop, "SUGAR", "SU-Q", "4").getString("id");
        JsonObject quarantined = Api.put(
                        shop.path("/lots/" + id),
                        shop.token(),
                        Json.createObjectBuilder().add("status", "quarantined").build())
                .expect(200)
                .json();
        assertEquals("quarantined", quarantined.getString("status"));
        assertTrue(!quarantined.containsKey("expires_on") || quarantined.isNull("expires_on"));
        Api.post(shop.path("/lots/" + id + "/issues"), shop.token(), Traces.issueBody(customer, "1"))
                .expectProblem(409, "invalid-transition");
        Api.put(
                        shop.path("/lots/" + id),
                        shop.token(),
                        Json.createObjectBuilder().add("status", "consumed").build())
                .expectProblem(409, "invalid-transition");
        assertEquals(
                List.of("status"),
                Api.put(
                                shop.path("/lots/" + id),
                                shop.token(),
                                Json.createObjectBuilder().add("status", "lost").build())
                        .fieldErrors());
        Api.put(
                        shop.path("/lots/" + id),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("status", "available")
                                .add("expires_on", "2099-01-31")
                                .build())
                .expect(200);
        assertEquals(
                "2099-01-31",
                Api.get(shop.path("/lots/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getString("expires_on"));
    }

    @Test
    void issuesTakeStockOutUntilTheLotIsShipped() {
        String id = Traces.handLot(shop, "SUGAR", "SU-ISS", "10").getString("id");
        JsonObject first = Traces.issueLot(shop, id, customer, "3");
        assertTrue(first.getString("number").startsWith("GI-"));
        assertEquals(
                0,
                new BigDecimal("7")
                        .compareTo(first.getJsonNumber("remaining_quantity").bigDecimalValue()));
        assertEquals("available", first.getString("status"));
        assertEquals(
                List.of("quantity"),
                Api.post(shop.path("/lots/" + id + "/issues"), shop.token(), Traces.issueBody(customer, "8"))
                        .fieldErrors());
        assertEquals(
                List.of("customer_id", "issued_on"),
                Api.post(
                                shop.path("/lots/" + id + "/issues"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("customer_id", UUID.randomUUID().toString())
                                        .add("quantity", 1)
                                        .add("issued_on", "2999-01-01")
                                        .build())
                        .fieldErrors());
        JsonObject last = Traces.issueLot(shop, id, customer, "7");
        assertEquals("shipped", last.getString("status"));
        JsonObject lot =
                Api.get(shop.path("/lots/" + id), shop.token()).expect(200).json();
        assertEquals(0, BigDecimal.ZERO.compareTo(lot.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(
                List.of("shipped", "shipped"),
                lot.getJsonArray("movements").getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("kind"))
                        .toList());
        assertEquals(customer, lot.getJsonArray("movements").getJsonObject(0).getString("party_id"));
    }

    @Test
    void aNumberTheItemHasIsTakenButAnotherItemMayUseIt() {
        Traces.handLot(shop, "SUGAR", "DUP-1", "1");
        Api.post(
                        shop.path("/lots"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("item_code", "SUGAR")
                                .add("number", "DUP-1")
                                .add("quantity", 1)
                                .build())
                .expectProblem(409, "lot-number-taken");
        Traces.handLot(shop, "YEAST", "DUP-1", "1");
        assertEquals(
                List.of("item_code", "quantity"),
                Api.post(
                                shop.path("/lots"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("item_code", "")
                                        .add("quantity", -1)
                                        .build())
                        .fieldErrors()
                        .stream()
                        .sorted()
                        .toList());
    }

    @Test
    void theListFiltersByItemStatusSupplierLotAndText() {
        Shop own = Traces.shop("Lot list");
        Traces.item(own, "OATS", false, false);
        Traces.item(own, "RYE", false, false);
        UUID mill = Buying.supplier(own, "MILL");
        Traces.receiveLot(own, mill, "OATS", "5", "OA-1", "M-1");
        Traces.handLot(own, "OATS", "OA-2", "5");
        Traces.handLot(own, "RYE", "RY-1", "5");
        String quarantined = Traces.handLot(own, "RYE", "RY-2", "5").getString("id");
        Api.put(
                        own.path("/lots/" + quarantined),
                        own.token(),
                        Json.createObjectBuilder().add("status", "quarantined").build())
                .expect(200);
        assertEquals(4, total(own, ""));
        assertEquals(2, total(own, "item_code=OATS"));
        assertEquals(1, total(own, "status=quarantined"));
        assertEquals(1, total(own, "supplier_lot=M-1"));
        assertEquals(2, total(own, "q=ry-"));
        JsonObject page = Api.get(own.path("/lots?per_page=2&page=2&sort=number"), own.token())
                .expect(200)
                .json();
        assertEquals(
                List.of("RY-1", "RY-2"),
                page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getString("number"))
                        .toList());
        assertEquals(
                List.of("status"),
                Api.get(own.path("/lots?status=lost"), own.token()).fieldErrors());
        assertEquals(
                List.of("sort"),
                Api.get(own.path("/lots?sort=colour"), own.token()).fieldErrors());
        Api.get(own.path("/lots/" + UUID.randomUUID()), own.token()).expectProblem(404, "not-found");
    }

    private static int total(Shop shop, String query) {
        return Api.get(shop.path("/lots?" + query), shop.token())
                .expect(200)
                .json()
                .getInt("total");
    }
}
