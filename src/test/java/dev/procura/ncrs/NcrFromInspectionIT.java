package dev.procura.ncrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A rejected inspection raises its NCR (source inspection) in the same transaction. Needs the
 * inspections capability (branch {@code inspections}): run after both branches are merged.
 */
@MicroShedTest
class NcrFromInspectionIT {

    private static String plan(Ncrs t, String item) {
        return Api.post(
                        t.shop().path("/inspection-plans"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("item_code", item)
                                .add("scope", "receipt")
                                .add("name", "Incoming " + item)
                                .add(
                                        "characteristics",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("code", "VIS")
                                                        .add("name", "Visual")
                                                        .add("kind", "attribute")
                                                        .add(
                                                                "defect_codes",
                                                                Json.createArrayBuilder()
                                                                        .add("scratch")
                                                                        .add("dent"))))
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static List<JsonObject> ncrs(Ncrs t, String query) {
        return Api.get(t.shop().path("/ncrs?per_page=100" + query), t.shop().token())
                .expect(200)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aRejectedReceiptInspectionRaisesAnNcrAgainstTheReceiptsSupplier() {
        Ncrs t = Ncrs.ready("NCR from inspection");
        plan(t, "NUT-M8");
        String order = Buying.sentOrder(t.shop(), t.supplier(), Buying.lines(Buying.line("NUT-M8", "10", "1.00", "23")))
                .getString("id");
        String receipt = Buying.receive(t.shop(), order, 1, "10", null).getString("id");
        JsonObject inspection = Await.until(
                "the receipt's inspection",
                Duration.ofSeconds(20),
                () -> Api.get(
                                t.shop().path("/inspections?item_code=NUT-M8&source=receipt"),
                                t.shop().token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .findFirst());
        String id = inspection.getString("id");
        Api.post(
                        t.shop().path("/inspections/" + id + "/measurements"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("characteristic", "VIS")
                                .add("subgroup", 1)
                                .add("passed", false)
                                .add("defect_code", "dent")
                                .build())
                .expect(200);
        assertEquals(List.of(), ncrs(t, "&source=inspection"), "no NCR before the decision");
        Api.post(
                        t.shop().path("/inspections/" + id + "/decision"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("outcome", "reject")
                                .add("rejected_quantity", 4)
                                .add("reason", "Dented")
                                .build())
                .expect(200);

        List<JsonObject> raised = ncrs(t, "&source=inspection");
        assertEquals(1, raised.size(), raised::toString);
        JsonObject ncr = raised.get(0);
        assertEquals(id, ncr.getString("inspection_id"));
        assertEquals(receipt, ncr.getString("receipt_id"));
        assertEquals(t.supplier().toString(), ncr.getString("supplier_id"));
        assertEquals("NUT-M8", ncr.getString("item_code"));
        assertEquals(
                0, new BigDecimal("4").compareTo(ncr.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("ea", ncr.getString("unit"));
        assertEquals(
                List.of("dent"),
                ncr.getJsonArray("defect_codes").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertEquals("open", ncr.getString("status"));
        assertFalse(ncr.containsKey("raised_by"), "raised by the system");
    }

    @Test
    void aRejectedManualInspectionRaisesAnNcrAtItsPlantForAllOfItsQuantity() {
        Ncrs t = Ncrs.ready("NCR from manual inspection");
        String plan = plan(t, "BOLT-M8");
        String plant = Ncrs.plant(t.shop(), "insp-plant");
        String id = Api.post(
                        t.shop().path("/inspections"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("plan_id", plan)
                                .add("quantity", 6)
                                .add("plant_id", plant)
                                .build())
                .expect(201)
                .json()
                .getString("id");
        Api.post(
                        t.shop().path("/inspections/" + id + "/decision"),
                        t.shop().token(),
                        Json.createObjectBuilder()
                                .add("outcome", "reject")
                                .add("reason", "Wrong thread")
                                .build())
                .expect(200);
        List<JsonObject> raised = ncrs(t, "&source=inspection");
        assertEquals(1, raised.size(), raised::toString);
        JsonObject ncr = raised.get(0);
        assertEquals(id, ncr.getString("inspection_id"));
        assertEquals(plant, ncr.getString("plant_id"));
        assertFalse(ncr.containsKey("supplier_id"));
        assertEquals(
                0, new BigDecimal("6").compareTo(ncr.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(List.of(), ncr.getJsonArray("defect_codes"));
    }
}
