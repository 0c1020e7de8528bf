package dev.procura.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Production;
import dev.procura.support.Reply;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Inspections: a receipt of an item with an active receipt plan opens one per line; measurements,
 * one or a batch, decide pass or fail per characteristic; a rejection moves the rejected quantity
 * from accepted to rejected on the receipt and leaves a received order partially received; a
 * closed inspection takes no more measurements and no second decision.
 */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionIT {

    private Shop shop;
    private UUID supplier;
    private String plant;

    @BeforeAll
    void arrange() {
        shop = Quality.shop("Inspections");
        supplier = Buying.supplier(shop, "INSPSUP");
        plant = Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", "lyon")
                                .add("name", "Lyon")
                                .add("time_zone", "Europe/Paris")
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Quality.shaftReceiptPlan(shop);
    }

    /** A sent order of 10 SHAFT (and 5 PLATE) at the plant received in full, and the SHAFT line's inspection. */
    private JsonObject receivedInspection(String[] orderAndReceipt) {
        String order = Quality.sentOrder(shop, supplier, "10", plant);
        String receipt = Quality.receiveAll(shop, order, "10").getString("id");
        orderAndReceipt[0] = order;
        orderAndReceipt[1] = receipt;
        List<JsonObject> opened = Quality.inspectionsOf(shop, receipt);
        assertEquals(1, opened.size(), "one inspection: SHAFT has a receipt plan, PLATE none");
        return opened.get(0);
    }

    private long measurements(String inspection) throws Exception {
        return Long.parseLong(ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT COUNT(*)::text FROM quality_measurements WHERE inspection_id = '" + inspection + "'")
                .get(0));
    }

    private static Map<String, JsonObject> results(JsonObject inspection) {
        return inspection.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("code"), r -> r));
    }

    @Test
    void aReceiptOpensAnInspectionForEachLineWhoseItemHasAReceiptPlan() throws Exception {
        String[] ids = new String[2];
        JsonObject inspection = receivedInspection(ids);

        assertEquals("SHAFT", inspection.getString("item_code"));
        assertEquals("receipt", inspection.getString("source"));
        assertEquals(1, inspection.getInt("receipt_line"));
        assertEquals(ids[0], inspection.getString("purchase_order_id"));
        assertEquals(supplier.toString(), inspection.getString("supplier_id"));
        assertEquals(plant, inspection.getString("plant_id"));
        assertEquals(
                0,
                new BigDecimal("10")
                        .compareTo(inspection.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("open", inspection.getString("status"));
        assertTrue(inspection.getString("number").startsWith("INS-"));

        JsonObject detail = Api.get(shop.path("/inspections/" + inspection.getString("id")), shop.token())
                .expect(200)
                .json();
        assertEquals("pending", detail.getString("result"));
        assertEquals(Set.of("DIA", "FIN"), results(detail).keySet());
        assertEquals(
                List.of("inspection.created " + inspection.getString("id")),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE topic = 'inspection.created'"
                                + " AND message_key = '" + inspection.getString("id") + "'"));
        assertEquals(
                1,
                Api.get(shop.path("/inspections?item_code=SHAFT&status=open&plant_id=" + plant), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(i -> i.getString("id").equals(inspection.getString("id")))
                        .count());
        assertEquals(
                0,
                Api.get(shop.path("/inspections?item_code=PLATE"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    @Test
    void measurementsOneOrABatchDecidePassOrFailPerCharacteristic() throws Exception {
        String id = receivedInspection(new String[2]).getString("id");

        JsonObject one = Quality.measure(
                        shop, id, Quality.value("DIA", 1, "20.02").build())
                .expect(200)
                .json();
        assertEquals("pass", results(one).get("DIA").getString("result"));
        assertEquals("pending", results(one).get("FIN").getString("result"));
        assertEquals("pending", one.getString("result"));

        Instant taken = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        JsonObject batch = Quality.measure(
                        shop,
                        id,
                        Quality.batch(
                                Quality.value("DIA", 1, "19.98"),
                                Quality.value("DIA", 2, "20.15").add("measured_at", taken.toString()),
                                Quality.attributeResult("FIN", 1, true, null),
                                Quality.attributeResult("FIN", 2, false, "burr")))
                .expect(200)
                .json();
        JsonObject dia = results(batch).get("DIA");
        assertEquals("fail", dia.getString("result"), "20.15 is above the upper limit 20.1");
        assertEquals(3, dia.getInt("measured"));
        assertEquals(1, dia.getInt("failed"));
        assertEquals(2, dia.getInt("subgroups"));
        assertEquals(new BigDecimal("20.05"), dia.getJsonNumber("mean").bigDecimalValue());
        JsonObject fin = results(batch).get("FIN");
        assertEquals("fail", fin.getString("result"));
        assertEquals(
                List.of("burr"),
                fin.getJsonArray("defect_codes").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals("fail", batch.getString("result"));
        List<JsonObject> kept = batch.getJsonArray("measurements").getValuesAs(JsonObject.class);
        assertEquals(5, kept.size());
        assertEquals(
                taken.toString(),
                Instant.parse(kept.get(0).getString("measured_at")).toString(),
                "the oldest first: the one measured an hour ago");
        assertEquals(5, measurements(id));
    }

    @Test
    void badMeasurementsAreRefusedWithEveryFieldNamedAndNothingWritten() throws Exception {
        String id = receivedInspection(new String[2]).getString("id");
        Quality.measure(shop, id, Quality.batch(Quality.value("DIA", 1, "20"), Quality.value("DIA", 1, "20.01")))
                .expect(200);

        Reply refused = Quality.measure(
                shop,
                id,
                Quality.batch(
                        Json.createObjectBuilder().add("characteristic", "DIA").add("subgroup", 2),
                        Quality.value("LENGTH", 1, "3"),
                        Quality.value("DIA", 3, "20")
                                .add(
                                        "measured_at",
                                        Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                        Quality.attributeResult("FIN", 1, false, "rust"),
                        Quality.value("DIA", 1, "20.03"),
                        Quality.value("FIN", 1, "1")));
        assertEquals(
                List.of(
                        "measurements[0].value",
                        "measurements[1].characteristic",
                        "measurements[2].measured_at",
                        "measurements[3].defect_code",
                        "measurements[4].subgroup",
                        "measurements[5].passed",
                        "measurements[5].value"),
                refused.fieldErrors());
        assertEquals(2, measurements(id), "nothing of the batch is kept");

        assertEquals(
                List.of("subgroup"),
                Quality.measure(
                                shop,
                                id,
                                Json.createObjectBuilder()
                                        .add("characteristic", "DIA")
                                        .add("subgroup", 0)
                                        .add("value", 1)
                                        .build())
                        .fieldErrors());
        assertEquals(2, measurements(id));
    }

    private JsonObject receiptLine(String order, String receipt) {
        return Api.get(shop.path("/purchase-orders/" + order + "/receipts/" + receipt), shop.token())
                .expect(200)
                .json()
                .getJsonArray("lines")
                .getJsonObject(0);
    }

    private String orderStatus(String order) {
        return Api.get(shop.path("/purchase-orders/" + order), shop.token())
                .expect(200)
                .json()
                .getString("status");
    }

    @Test
    void aRejectionFeedsTheReceiptsQuantitiesAndReopensTheOrder() throws Exception {
        String[] ids = new String[2];
        String id = receivedInspection(ids).getString("id");
        String order = ids[0];
        String receipt = ids[1];
        assertEquals("received", orderStatus(order));
        Quality.measure(
                        shop,
                        id,
                        Quality.batch(
                                Quality.value("DIA", 1, "20.3"), Quality.attributeResult("FIN", 1, false, "burr")))
                .expect(200);

        assertEquals(
                List.of("outcome"),
                Api.post(
                                shop.path("/inspections/" + id + "/decision"),
                                shop.token(),
                                Quality.decision("accept", null, "looks fine", null))
                        .fieldErrors());
        assertEquals(
                List.of("rejected_quantity"),
                Api.post(
                                shop.path("/inspections/" + id + "/decision"),
                                shop.token(),
                                Quality.decision("reject", "11", "too many", null))
                        .fieldErrors());

        JsonObject decided = Api.post(
                        shop.path("/inspections/" + id + "/decision"),
                        shop.token(),
                        Quality.decision("reject", "4", "burrs on the shoulder", null))
                .expect(200)
                .json();
        assertEquals("closed", decided.getString("status"));
        assertEquals("reject", decided.getJsonObject("decision").getString("outcome"));
        assertEquals(
                0,
                new BigDecimal("4")
                        .compareTo(decided.getJsonObject("decision")
                                .getJsonNumber("rejected_quantity")
                                .bigDecimalValue()));

        JsonObject line = receiptLine(order, receipt);
        assertEquals(
                0,
                new BigDecimal("6")
                        .compareTo(line.getJsonNumber("accepted_quantity").bigDecimalValue()));
        assertEquals(
                0,
                new BigDecimal("4")
                        .compareTo(line.getJsonNumber("rejected_quantity").bigDecimalValue()));
        assertTrue(line.getString("rejection_reason").contains("burrs on the shoulder"), line::toString);
        assertEquals("partially_received", orderStatus(order), "4 SHAFT are outstanding again");

        String payload = ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT payload FROM outbox WHERE topic = 'inspection.rejected' AND message_key = '" + id + "'")
                .get(0);
        JsonObject data =
                Json.createReader(new StringReader(payload)).readObject().getJsonObject("data");
        assertEquals(
                Set.of(
                        "inspection_id",
                        "number",
                        "item_code",
                        "plant_id",
                        "supplier_id",
                        "receipt_id",
                        "rejected_quantity",
                        "defect_codes"),
                data.keySet(),
                "no work order: the key is left out");
        assertEquals(receipt, data.getString("receipt_id"));
        assertEquals(
                List.of("burr"),
                data.getJsonArray("defect_codes").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals(
                List.of("inspection.decided", "inspection.rejected"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic FROM outbox WHERE topic IN ('inspection.decided', 'inspection.rejected')"
                                + " AND message_key = '" + id + "' ORDER BY id"));

        Quality.measure(shop, id, Quality.value("DIA", 2, "20").build()).expectProblem(409, "invalid-transition");
        Api.post(
                        shop.path("/inspections/" + id + "/decision"),
                        shop.token(),
                        Quality.decision("accept", null, "again", null))
                .expectProblem(409, "invalid-transition");

        String replacement = Buying.receive(shop, order, 1, "4", null).getString("id");
        assertEquals("received", orderStatus(order));
        assertEquals(1, Quality.inspectionsOf(shop, replacement).size(), "the replacement is inspected too");
    }

    @Test
    void failedGoodsAreAcceptedWithADeviationAndTheReceiptStays() {
        String[] ids = new String[2];
        String id = receivedInspection(ids).getString("id");
        Quality.measure(shop, id, Quality.value("DIA", 1, "20.12").build()).expect(200);

        assertEquals(
                List.of("deviation"),
                Api.post(
                                shop.path("/inspections/" + id + "/decision"),
                                shop.token(),
                                Quality.decision("accept_with_deviation", null, "usable", null))
                        .fieldErrors());
        JsonObject decided = Api.post(
                        shop.path("/inspections/" + id + "/decision"),
                        shop.token(),
                        Quality.decision("accept_with_deviation", null, "usable", "DEV-12: +0.02 agreed by design"))
                .expect(200)
                .json();
        assertEquals(
                "DEV-12: +0.02 agreed by design",
                decided.getJsonObject("decision").getString("deviation"));
        JsonObject line = receiptLine(ids[0], ids[1]);
        assertEquals(
                0,
                new BigDecimal("10")
                        .compareTo(line.getJsonNumber("accepted_quantity").bigDecimalValue()));
        assertEquals("received", orderStatus(ids[0]));
    }

    @Test
    void anInspectionIsOpenedByHandAgainstAnActivePlan() {
        String plan = Api.get(shop.path("/inspection-plans?item_code=SHAFT&scope=receipt"), shop.token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        JsonObject created = Api.post(
                        shop.path("/inspections"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("item_code", "SHAFT")
                                .add("quantity", 3)
                                .add("plant_id", plant)
                                .build())
                .expect(201)
                .json();
        assertEquals("manual", created.getString("source"));
        assertEquals(plant, created.getString("plant_id"));

        Reply refused = Api.post(
                shop.path("/inspections"),
                shop.token(),
                Json.createObjectBuilder()
                        .add("plan_id", plan)
                        .add("item_code", "PLATE")
                        .add("quantity", 0)
                        .build());
        assertEquals(List.of("quantity"), refused.fieldErrors());
        assertEquals(
                List.of("item_code"),
                Api.post(
                                shop.path("/inspections"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("plan_id", plan)
                                        .add("item_code", "PLATE")
                                        .add("quantity", 1)
                                        .build())
                        .fieldErrors());
        assertEquals(
                List.of("plan_id"),
                Api.post(
                                shop.path("/inspections"),
                                shop.token(),
                                Json.createObjectBuilder()
                                        .add("plan_id", UUID.randomUUID().toString())
                                        .add("quantity", 1)
                                        .build())
                        .fieldErrors());
    }

    @Test
    void releasingAWorkOrderOpensAnInspectionForEachPlannedOperationOnce() {
        Shop shop = Quality.shop("Inspections of operations");
        Api.post(
                        shop.path("/inspection-plans"),
                        shop.token(),
                        Quality.planBody(
                                        "SHAFT", "operation", "GRIND", Quality.variable("DIA", "19.9", "20", "20.1", 1))
                                .build())
                .expect(201);
        String order = Production.workOrder(
                        shop,
                        null,
                        Production.workOrderBody(
                                "SHAFT",
                                "40",
                                Production.operation(10, "TURN", "CNC", "30"),
                                Production.operation(20, "GRIND", "GR", "20")))
                .getString("id");
        assertEquals(
                0,
                Api.get(shop.path("/inspections?source=work_order"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"),
                "a planned order opens nothing");
        Api.post(
                        shop.path("/work-orders/" + order + "/release"),
                        shop.token(),
                        Json.createObjectBuilder().build())
                .expect(200);
        JsonObject page = Api.get(shop.path("/inspections?source=work_order"), shop.token())
                .expect(200)
                .json();
        assertEquals(1, page.getInt("total"), "only GRIND has a plan");
        JsonObject inspection = page.getJsonArray("items").getJsonObject(0);
        assertEquals(order, inspection.getString("work_order_id"));
        assertEquals("GRIND", inspection.getString("operation"));
        assertEquals(
                0,
                new BigDecimal("40")
                        .compareTo(inspection.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("open", inspection.getString("status"));
    }
}
