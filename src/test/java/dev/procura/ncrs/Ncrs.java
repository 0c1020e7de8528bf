package dev.procura.ncrs;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Production;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A tenant ready for NCRs: units ea and kg, items BOLT-M8 and NUT-M8 (in ea), the type list
 * defect_code (scratch, dent, crack), a supplier, and a receipt of BOLT-M8 from it (8 accepted,
 * 2 rejected).
 */
record Ncrs(Shop shop, UUID supplier, String order, String receipt) {

    static Ncrs ready(String name) {
        Shop shop = Buying.shop(name);
        unit(shop, "ea", "count");
        unit(shop, "kg", "mass");
        item(shop, "BOLT-M8");
        item(shop, "NUT-M8");
        Production.typeList(shop, "defect_code", "scratch", "dent", "crack");
        UUID supplier = Buying.supplier(shop, "NCRSUP");
        String order = Buying.sentOrder(shop, supplier, Buying.lines(Buying.line("BOLT-M8", "10", "2.50", "23")))
                .getString("id");
        String receipt = Buying.receive(shop, order, 1, "8", "2").getString("id");
        return new Ncrs(shop, supplier, order, receipt);
    }

    private static void unit(Shop shop, String code, String dimension) {
        Api.post(
                        shop.path("/units"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Unit " + code)
                                .add("dimension", dimension)
                                .add("decimals", 3)
                                .build())
                .expect(201);
    }

    static void item(Shop shop, String code) {
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("description", "Item " + code)
                                .add("type", "purchased")
                                .add("base_unit", "ea")
                                .build())
                .expect(201);
    }

    static String plant(Shop shop, String code) {
        return Production.plant(shop, code);
    }

    /** A manual NCR of 3 BOLT-M8 against the supplier, scratched. */
    JsonObjectBuilder manual() {
        return Json.createObjectBuilder()
                .add("source", "manual")
                .add("item_code", "BOLT-M8")
                .add("supplier_id", supplier.toString())
                .add("quantity", new BigDecimal("3"))
                .add("defect_codes", Json.createArrayBuilder().add("scratch"))
                .add("description", "Scratched heads")
                .add("disposition", "return_to_supplier");
    }

    /** The fields a refused raise names (400 validation). */
    List<String> refused(JsonObjectBuilder body) {
        return Api.post(shop.path("/ncrs"), shop.token(), body.build()).fieldErrors();
    }

    JsonObject raise(JsonObjectBuilder body) {
        return Api.post(shop.path("/ncrs"), shop.token(), body.build())
                .expect(201)
                .json();
    }

    /** The finding of an NCR in full, for PUT. */
    static JsonObjectBuilder change(JsonObject ncr) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        ncr.getJsonArray("defect_codes").forEach(codes::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("item_code", ncr.getString("item_code"))
                .add("quantity", ncr.getJsonNumber("quantity").bigDecimalValue())
                .add("defect_codes", codes);
        for (String key :
                new String[] {"supplier_id", "plant_id", "unit", "description", "disposition", "root_cause"}) {
            if (ncr.containsKey(key) && !ncr.isNull(key)) {
                body.add(key, ncr.getString(key));
            }
        }
        return body;
    }

    static JsonObjectBuilder action(String kind, UUID owner, String dueOn) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("description", "Check the packing of " + kind)
                .add("owner_id", owner.toString())
                .add("due_on", dueOn);
    }

    /** A state workflow for NCRs: open → under_review → disposition_approved → closed, approved by an approver. */
    static JsonObject workflow(String initial) {
        return Json.createObjectBuilder()
                .add("document_type", "ncr")
                .add("name", "NCR review")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(state(initial, true, false))
                                .add(state("under_review", false, false))
                                .add(state("disposition_approved", false, false))
                                .add(state("closed", false, true)))
                .add(
                        "transitions",
                        Json.createArrayBuilder()
                                .add(transition("review", initial, "under_review"))
                                .add(transition("approve_disposition", "under_review", "disposition_approved")
                                        .add(
                                                "approval_levels",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("name", "Quality manager")
                                                                .add("approver_role", "approver")
                                                                .add("mode", "any"))))
                                .add(transition("close", "disposition_approved", "closed")))
                .build();
    }

    /** The smallest NCR workflow: open → closed. */
    static JsonObject closing() {
        return Json.createObjectBuilder()
                .add("document_type", "ncr")
                .add("name", "Close")
                .add(
                        "states",
                        Json.createArrayBuilder()
                                .add(state("open", true, false))
                                .add(state("closed", false, true)))
                .add("transitions", Json.createArrayBuilder().add(transition("close", "open", "closed")))
                .build();
    }

    static JsonObjectBuilder state(String name, boolean initial, boolean isFinal) {
        JsonObjectBuilder state = Json.createObjectBuilder().add("name", name);
        if (initial) {
            state.add("initial", true);
        }
        if (isFinal) {
            state.add("final", true);
        }
        return state;
    }

    static JsonObjectBuilder transition(String name, String from, String to) {
        return Json.createObjectBuilder().add("name", name).add("from", from).add("to", to);
    }

    void define(JsonObject workflow) {
        Api.post(shop.path("/workflows"), shop.token(), workflow).expect(201);
    }

    JsonObject get(String ncr) {
        return Api.get(shop.path("/ncrs/" + ncr), shop.token()).expect(200).json();
    }
}
