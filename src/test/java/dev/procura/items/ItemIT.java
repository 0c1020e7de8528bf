package dev.procura.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.ControlDb;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Items through the API: every field, the rules, list filters, in-use protection, events, custom fields, CSV. */
@MicroShedTest
class ItemIT {

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code"))
                .toList();
    }

    private static String plant(Shop shop, String code) {
        return Api.post(
                        shop.path("/plants"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Plant " + code)
                                .add("time_zone", "Europe/Paris")
                                .build())
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObjectBuilder laptop(UUID supplier, String plant) {
        return Masters.itemBody("LAP-14-PRO", "ea")
                .add("description", "14\" laptop, 32 GB")
                .add("category", "it-hardware")
                .add("default_supplier_id", supplier.toString())
                .add("lead_time_days", 14)
                .add(
                        "standard_cost",
                        Json.createObjectBuilder()
                                .add("amount", new BigDecimal("1180.50"))
                                .add("currency", "EUR"))
                .add("tax_code", "VAT-STD")
                .add("serial_tracked", true)
                .add("inspection_required", true)
                .add(
                        "plants",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("plant_id", plant)
                                        .add("reorder_point", 20)
                                        .add("safety_stock", 5)))
                .add("conversions", Masters.conversions("box", "12"));
    }

    private static JsonObject withoutTimes(JsonObject item) {
        return Json.createObjectBuilder(item)
                .remove("created_at")
                .remove("updated_at")
                .build();
    }

    @Test
    void anItemRoundTripsWithEveryField() throws Exception {
        Shop shop = Buying.shop("Items CRUD");
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "box", "count", 0);
        Masters.unit(shop, "kg", "mass", 3);
        Masters.categories(shop, "it-hardware", "office");
        UUID acme = Buying.supplier(shop, "ACME");
        String lyon = plant(shop, "lyon");
        var created = Api.post(
                        shop.path("/items"), shop.token(), laptop(acme, lyon).build())
                .expect(201);
        JsonObject item = created.json();
        String id = item.getString("id");
        assertTrue(created.header("Location").orElseThrow().endsWith("/items/" + id));
        assertEquals("ea", item.getString("base_unit"));
        assertEquals("it-hardware", item.getString("category"));
        assertEquals(acme.toString(), item.getString("default_supplier_id"));
        assertEquals(14, item.getInt("lead_time_days"));
        assertEquals(
                0,
                new BigDecimal("1180.50")
                        .compareTo(item.getJsonObject("standard_cost")
                                .getJsonNumber("amount")
                                .bigDecimalValue()));
        assertEquals("EUR", item.getJsonObject("standard_cost").getString("currency"));
        assertTrue(item.getBoolean("serial_tracked"));
        assertEquals(false, item.getBoolean("lot_tracked"));
        JsonObject atLyon = item.getJsonArray("plants").getJsonObject(0);
        assertEquals(lyon, atLyon.getString("plant_id"));
        assertEquals(
                "20", atLyon.getJsonNumber("reorder_point").bigDecimalValue().toPlainString());
        JsonObject box = item.getJsonArray("conversions").getJsonObject(0);
        assertEquals("box", box.getString("unit"));
        assertEquals("12", box.getJsonNumber("factor_to_base").bigDecimalValue().toPlainString());
        // Timestamps leave out: the created answer has the clock's nanoseconds, PostgreSQL keeps microseconds.
        assertEquals(
                withoutTimes(item),
                withoutTimes(Api.get(shop.path("/items/" + id), shop.token())
                        .expect(200)
                        .json()));

        Masters.item(
                shop,
                Masters.itemBody("PAPER-A4", "ea").add("category", "office").build());
        Masters.item(
                shop, Masters.itemBody("CAL-SVC", "ea").add("type", "service").build());
        Masters.item(shop, Masters.itemBody("RESIN", "kg").add("active", false).build());
        assertEquals(
                List.of("LAP-14-PRO"),
                codes(Api.get(shop.path("/items?q=laptop"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("CAL-SVC"),
                codes(Api.get(shop.path("/items?type=service"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("PAPER-A4"),
                codes(Api.get(shop.path("/items?category=office"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("RESIN"),
                codes(Api.get(shop.path("/items?active=false"), shop.token())
                        .expect(200)
                        .json()));
        assertEquals(
                List.of("LAP-14-PRO"),
                codes(Api.get(shop.path("/items?default_supplier_id=" + acme), shop.token())
                        .expect(200)
                        .json()));
        JsonObject page = Api.get(shop.path("/items?sort=-code&per_page=2&page=2"), shop.token())
                .expect(200)
                .json();
        assertEquals(List.of("LAP-14-PRO", "CAL-SVC"), codes(page));
        assertEquals(4, page.getInt("total"));
        Api.get(shop.path("/items?sort=colour"), shop.token()).expectProblem(400, "validation");

        JsonObject changed = Api.put(
                        shop.path("/items/" + id),
                        shop.token(),
                        laptop(acme, lyon)
                                .add("lead_time_days", 10)
                                .add("conversions", Json.createArrayBuilder())
                                .build())
                .expect(200)
                .json();
        assertEquals(10, changed.getInt("lead_time_days"));
        assertEquals(0, changed.getJsonArray("conversions").size());
        Api.put(
                        shop.path("/items/" + id),
                        shop.token(),
                        laptop(acme, lyon).add("active", false).build())
                .expect(200);
        assertEquals(
                List.of("item.created " + id, "item.changed " + id, "item.deactivated " + id),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()),
                        "SELECT topic || ' ' || message_key FROM outbox WHERE message_key = '" + id + "' ORDER BY id"));
    }

    @Test
    void everyRuleBrokenIsReportedAtOnce() {
        Shop shop = Buying.shop("Item rules");
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "kg", "mass", 3);
        Masters.unit(shop, "g", "mass", 0);
        Masters.conversion(shop, "kg", "g", "1000");
        JsonObject body = Masters.itemBody("BAD", "pallet")
                .add("type", "service")
                .add("category", "food")
                .add("default_supplier_id", UUID.randomUUID().toString())
                .add("lot_tracked", true)
                .add(
                        "standard_cost",
                        Json.createObjectBuilder().add("amount", 1).add("currency", "XYZ"))
                .add(
                        "plants",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("plant_id", UUID.randomUUID().toString())))
                .build();
        assertEquals(
                List.of(
                        "base_unit",
                        "category",
                        "default_supplier_id",
                        "standard_cost.currency",
                        "lot_tracked",
                        "plants[0].plant_id"),
                Api.post(shop.path("/items"), shop.token(), body).fieldErrors());
        assertEquals(
                List.of("conversions[0].unit"),
                Api.post(
                                shop.path("/items"),
                                shop.token(),
                                Masters.itemBody("RESIN", "kg")
                                        .add("conversions", Masters.conversions("g", "0.001"))
                                        .build())
                        .fieldErrors());
        assertTrue(Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("bad code!", "ea")
                                .add("tax_code", "vat std")
                                .build())
                .fieldErrors()
                .containsAll(List.of("code", "tax_code")));
        Masters.item(shop, Masters.itemBody("RESIN", "kg").build());
        Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("RESIN", "kg").build())
                .expectProblem(409, "item-code-taken");
    }

    @Test
    void aGtinIsKeptAsFourteenDigitsCheckedAndHeldByOneItem() throws Exception {
        Shop shop = Buying.shop("Item GTIN");
        Masters.unit(shop, "ea", "count", 0);
        JsonObject pen = Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("PEN", "ea")
                                .add("gtin", "4006381333931")
                                .build())
                .expect(201)
                .json();
        assertEquals("04006381333931", pen.getString("gtin"));
        assertEquals(
                "04006381333931",
                Api.get(shop.path("/items/" + pen.getString("id")), shop.token())
                        .expect(200)
                        .json()
                        .getString("gtin"));
        JsonObject wrongDigit = Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("PENCIL", "ea")
                                .add("gtin", "4006381333932")
                                .build())
                .expectProblem(400, "validation");
        assertEquals(
                "check digit 2 should be 1",
                wrongDigit.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(
                List.of("gtin"),
                Api.post(
                                shop.path("/items"),
                                shop.token(),
                                Masters.itemBody("PENCIL", "ea")
                                        .add("gtin", "12345")
                                        .build())
                        .fieldErrors());
        JsonObject taken = Api.post(
                        shop.path("/items"),
                        shop.token(),
                        Masters.itemBody("PENCIL", "ea")
                                .add("gtin", "04006381333931")
                                .build())
                .expectProblem(409, "item-gtin-taken");
        assertEquals("PEN", taken.getString("item_code"));
        assertEquals(
                List.of("0"),
                ControlDb.stringsAt(
                        Tenants.databaseUrl(shop.tenantId()), "SELECT count(*) FROM items WHERE code = 'PENCIL'"));
        JsonObject renamed = Api.put(
                        shop.path("/items/" + pen.getString("id")),
                        shop.token(),
                        Masters.itemBody("PEN", "ea")
                                .add("gtin", "09506000134352")
                                .build())
                .expect(200)
                .json();
        assertEquals("09506000134352", renamed.getString("gtin"));
        Masters.item(
                shop,
                Masters.itemBody("PENCIL", "ea").add("gtin", "4006381333931").build());
    }

    @Test
    void anItemThatOrderLinesNameIsDeactivatedNotDeleted() {
        Shop shop = Buying.shop("Items in use");
        Masters.unit(shop, "ea", "count", 0);
        String paper = Masters.item(shop, Masters.itemBody("PAPER", "ea").build());
        String spare = Masters.item(shop, Masters.itemBody("SPARE", "ea").build());
        UUID supplier = Buying.supplier(shop, "ACME");
        Buying.order(shop, supplier, Buying.lines(Buying.line("PAPER", "10", "4.50", "23")));
        JsonObject inUse =
                Api.delete(shop.path("/items/" + paper), shop.token()).expectProblem(409, "item-in-use");
        assertEquals(1, inUse.getJsonObject("records").getInt("purchase_order_lines"));
        Api.put(
                        shop.path("/items/" + paper),
                        shop.token(),
                        Masters.itemBody("PAPER-2", "ea").build())
                .expectProblem(409, "item-in-use");
        Api.put(
                        shop.path("/items/" + paper),
                        shop.token(),
                        Masters.itemBody("PAPER", "ea").add("active", false).build())
                .expect(200);
        Api.delete(shop.path("/items/" + spare), shop.token()).expect(204);
        Api.get(shop.path("/items/" + spare), shop.token()).expectProblem(404, "not-found");
    }

    @Test
    void itemsCarryCustomFieldsAndConvertToCsv() throws Exception {
        Shop shop = Buying.shop("Items custom fields and CSV");
        Masters.unit(shop, "ea", "count", 0);
        Masters.unit(shop, "box", "count", 0);
        Api.post(
                        shop.path("/custom-fields"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("entity_type", "item")
                                .add("key", "grade")
                                .add("label", "Grade")
                                .add("type", "text")
                                .build())
                .expect(201);
        String paper = Masters.item(
                shop,
                Masters.itemBody("PAPER", "ea")
                        .add("conversions", Masters.conversions("box", "500"))
                        .add("custom_fields", Json.createObjectBuilder().add("grade", "premium"))
                        .build());
        Masters.item(shop, Masters.itemBody("TONER", "ea").build());
        assertEquals(
                List.of("PAPER"),
                codes(Api.get(shop.path("/items?cf.grade=premium"), shop.token())
                        .expect(200)
                        .json()));
        Api.get(shop.path("/items?cf.nope=1"), shop.token()).expectProblem(400, "validation");

        String templateId = Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Items")
                                .add("source_type", "item")
                                .add("format", "csv")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "code"))
                                                .add(Json.createObjectBuilder().add("field", "base_unit"))
                                                .add(Json.createObjectBuilder().add("field", "conversions"))
                                                .add(Json.createObjectBuilder()
                                                        .add("field", "cf_grade")
                                                        .add("label", "Grade")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject done = dev.procura.support.Conversions.run(
                shop,
                shop.token(),
                Json.createObjectBuilder()
                        .add("template_id", templateId)
                        .add("source", Json.createObjectBuilder().add("type", "item"))
                        .build());
        assertEquals("completed", done.getString("status"), done.toString());
        List<String> rows = new String(
                        dev.procura.support.Conversions.file(shop, shop.token(), done.getString("id")),
                        StandardCharsets.UTF_8)
                .strip()
                .lines()
                .toList();
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("Grade"), rows.get(0));
        assertEquals("PAPER,ea,box=500,premium", rows.get(1));
        assertTrue(rows.get(2).startsWith("TONER,ea"), rows.get(2));
        assertTrue(paper.length() > 0);
    }
}
